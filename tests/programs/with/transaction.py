# A realistic use: a transaction that commits on success and rolls back on
# failure, a timer-like step counter, and an exception raised by __exit__
# replacing the original one.
from typing import Optional


class Ledger:
    def __init__(self) -> None:
        self.balances: dict[str, int] = {"alice": 100, "bob": 20}
        self.log: list[str] = []


class Transaction:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.saved: dict[str, int] = {}

    def __enter__(self) -> "Transaction":
        self.saved = self.ledger.balances.copy()
        self.ledger.log.append("begin")
        return self

    def transfer(self, src: str, dst: str, amount: int) -> None:
        if self.ledger.balances[src] < amount:
            raise ValueError(f"insufficient funds in {src}")
        self.ledger.balances[src] -= amount
        self.ledger.balances[dst] += amount

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: object,
    ) -> bool:
        if exc_type is None:
            self.ledger.log.append("commit")
            return False
        self.ledger.balances = self.saved
        self.ledger.log.append(f"rollback ({exc_type.__name__}: {exc_value})")
        # Only business errors are swallowed; anything else propagates.
        return exc_type is ValueError


class Steps:
    """Counts the steps done inside the block, like a timer would time them."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.count = 0

    def __enter__(self) -> "Steps":
        return self

    def tick(self) -> None:
        self.count += 1

    def __exit__(self, exc_type, exc_value, traceback) -> None:
        print(f"{self.label}: {self.count} steps")


class Strict:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc_value, traceback) -> bool:
        if exc_type is not None:
            raise RuntimeError(f"cleanup failed after {exc_type.__name__}")
        return False


ledger = Ledger()
with Transaction(ledger) as t:
    t.transfer("alice", "bob", 30)
print(ledger.balances, ledger.log)

with Transaction(ledger) as t:
    t.transfer("bob", "alice", 10)
    t.transfer("bob", "alice", 500)
print(ledger.balances, ledger.log)

try:
    with Transaction(ledger) as t:
        t.transfer("alice", "carol", 1)
except KeyError as e:
    print("KeyError escaped:", e)
print(ledger.balances, ledger.log[-1])


def count_primes(limit: int) -> int:
    found = 0
    with Steps("primes") as s:
        for n in range(2, limit):
            s.tick()
            if all([n % d != 0 for d in range(2, n)]):
                found += 1
    return found


print(count_primes(30))

try:
    with Strict():
        print(1 // 0)
except RuntimeError as e:
    print("replaced:", e)

with Strict() as nothing:
    print("nothing is", nothing)


def first_negative(xs: list[int]) -> int:
    with Steps("scan") as s:
        for x in xs:
            s.tick()
            if x < 0:
                return x
    return 0


print(first_negative([3, 1, -4, 1, -5]))
