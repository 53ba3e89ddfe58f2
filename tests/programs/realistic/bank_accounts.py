"""A small bank: an account hierarchy, transfers, a ledger and custom errors."""

from typing import Optional


class BankError(Exception):
    """Base class of every error the bank raises."""


class InsufficientFunds(BankError):
    def __init__(self, account: str, requested: float, available: float):
        super().__init__(
            f"account {account}: requested {requested:.2f}, available {available:.2f}"
        )
        self.account = account
        self.requested = requested
        self.available = available

    def shortfall(self) -> float:
        return self.requested - self.available


class AccountFrozen(BankError):
    def __init__(self, account: str):
        super().__init__(f"account {account} is frozen")
        self.account = account


class UnknownAccount(BankError, ):
    pass


class Transaction:
    def __init__(self, kind: str, amount: float, balance_after: float, note: str = ""):
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after
        self.note = note

    def __repr__(self) -> str:
        extra = f" ({self.note})" if self.note else ""
        return f"{self.kind:<9}{self.amount:>10.2f}{self.balance_after:>12.2f}{extra}"


class Account:
    next_number: int = 1000

    def __init__(self, owner: str, opening: float = 0.0):
        self.owner = owner
        self.number = "AC" + str(Account.next_number)
        Account.next_number += 1
        self.balance = 0.0
        self.frozen = False
        self.history: list[Transaction] = []
        if opening > 0:
            self.deposit(opening, "opening")

    def kind(self) -> str:
        return "basic"

    def deposit(self, amount: float, note: str = "") -> None:
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.check_open()
        self.balance += amount
        self.history.append(Transaction("deposit", amount, self.balance, note))

    def limit(self) -> float:
        return self.balance

    def withdraw(self, amount: float, note: str = "") -> None:
        self.check_open()
        if amount > self.limit():
            raise InsufficientFunds(self.number, amount, self.limit())
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount, self.balance, note))

    def check_open(self) -> None:
        if self.frozen:
            raise AccountFrozen(self.number)

    def month_end(self) -> None:
        pass

    def __str__(self) -> str:
        return f"{self.number} {self.owner:<6} {self.kind():<8} {self.balance:>10.2f}"


class SavingsAccount(Account):
    def __init__(self, owner: str, opening: float, rate: float):
        super().__init__(owner, opening)
        self.rate = rate

    def kind(self) -> str:
        return "savings"

    def month_end(self) -> None:
        interest = round(self.balance * self.rate / 12, 2)
        if interest > 0:
            self.deposit(interest, "interest")


class CheckingAccount(Account):
    def __init__(self, owner: str, opening: float, overdraft: float):
        super().__init__(owner, opening)
        self.overdraft = overdraft
        self.fees = 0.0

    def kind(self) -> str:
        return "checking"

    def limit(self) -> float:
        return self.balance + self.overdraft

    def month_end(self) -> None:
        if self.balance < 0:
            fee = 5.0
            self.fees += fee
            self.balance -= fee
            self.history.append(Transaction("fee", fee, self.balance, "overdraft"))


class Bank:
    def __init__(self, name: str):
        self.name = name
        self.accounts: dict[str, Account] = {}
        self.log: list[str] = []

    def open(self, account: Account) -> Account:
        self.accounts[account.number] = account
        self.log.append(f"opened {account.number} for {account.owner}")
        return account

    def find(self, number: str) -> Account:
        if number not in self.accounts:
            raise UnknownAccount(number)
        return self.accounts[number]

    def transfer(self, src: str, dst: str, amount: float) -> bool:
        try:
            a = self.find(src)
            b = self.find(dst)
            a.withdraw(amount, "to " + dst)
            b.deposit(amount, "from " + src)
        except InsufficientFunds as e:
            self.log.append(f"transfer failed: short by {e.shortfall():.2f}")
            return False
        except BankError as e:
            self.log.append(f"transfer failed: {e}")
            return False
        self.log.append(f"transfer {src}->{dst} {amount:.2f}")
        return True

    def total(self) -> float:
        return sum([a.balance for a in self.accounts.values()])

    def richest(self) -> Optional[Account]:
        best: Optional[Account] = None
        for a in self.accounts.values():
            if best is None or a.balance > best.balance:
                best = a
        return best


bank = Bank("Python Savings & Loan")
alice = bank.open(SavingsAccount("alice", 1000.0, 0.05))
bob = bank.open(CheckingAccount("bob", 50.0, 100.0))
carol = bank.open(Account("carol", 10.0))

print(bank.transfer(alice.number, bob.number, 200.0))
print(bank.transfer(bob.number, carol.number, 320.0))
print(bank.transfer(bob.number, carol.number, 100.0))
print(bank.transfer(carol.number, "AC9999", 1.0))
carol.frozen = True
print(bank.transfer(alice.number, carol.number, 1.0))
carol.frozen = False

for month in range(3):
    for acct in bank.accounts.values():
        acct.month_end()

try:
    carol.deposit(-5.0)
except ValueError as e:
    print("ValueError:", e)

for acct in bank.accounts.values():
    print(acct)
    for t in acct.history:
        print("   ", t)

print("log:")
for line in bank.log:
    print("  " + line)
print(f"total {bank.total():.2f}")
rich = bank.richest()
if rich is not None:
    print("richest:", rich.owner, isinstance(rich, SavingsAccount))
print(Account.next_number)
bob.withdraw(1000.0)
