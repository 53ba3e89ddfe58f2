# Bank ledger simulation: accounts kept in parallel lists, transactions parsed from
# text, validation errors raised and caught, and a final statement report.

import sys

TRANSACTIONS = """
open alice 100.00
open bob 25.50
deposit alice 40.25
withdraw bob 30.00
transfer alice bob 60.00
withdraw bob 30.00
open alice 5
deposit carol 10
deposit bob -4
transfer bob bob 1
deposit alice twelve
interest 2.5
close bob
withdraw alice 1000000
audit
"""

names: list[str] = []
balances: list[int] = []
history: list[str] = []
failures = 0


def to_cents(text: str) -> int:
    amount = float(text)
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {text}")
    return int(round(amount * 100))


def fmt(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def lookup(name: str) -> int:
    if name not in names:
        raise LookupError(f"no account named {name!r}")
    return names.index(name)


def withdraw(idx: int, cents: int) -> None:
    if balances[idx] < cents:
        raise ArithmeticError(f"insufficient funds in {names[idx]}: {fmt(balances[idx])} < {fmt(cents)}")
    balances[idx] -= cents


def process(line: str) -> str:
    parts = line.split()
    cmd = parts[0]
    if cmd == "open":
        if parts[1] in names:
            raise ValueError(f"account {parts[1]} already exists")
        names.append(parts[1])
        balances.append(to_cents(parts[2]))
        return f"opened {parts[1]} with {fmt(balances[-1])}"
    if cmd == "deposit":
        idx = lookup(parts[1])
        balances[idx] += to_cents(parts[2])
        return f"{parts[1]} now has {fmt(balances[idx])}"
    if cmd == "withdraw":
        idx = lookup(parts[1])
        withdraw(idx, to_cents(parts[2]))
        return f"{parts[1]} now has {fmt(balances[idx])}"
    if cmd == "transfer":
        src = lookup(parts[1])
        dst = lookup(parts[2])
        if src == dst:
            raise ValueError("cannot transfer to the same account")
        cents = to_cents(parts[3])
        withdraw(src, cents)
        balances[dst] += cents
        return f"moved {fmt(cents)} from {parts[1]} to {parts[2]}"
    if cmd == "interest":
        rate = float(parts[1]) / 100.0
        for i in range(len(balances)):
            balances[i] += int(round(balances[i] * rate))
        return f"applied {parts[1]}% interest to {len(balances)} accounts"
    if cmd == "close":
        idx = lookup(parts[1])
        paid = balances.pop(idx)
        names.remove(parts[1])
        return f"closed {parts[1]}, paid out {fmt(paid)}"
    if cmd == "audit":
        total = 0
        for b in balances:
            total += b
        assert total >= 0, "negative total"
        return f"audit ok: {len(names)} accounts, total {fmt(total)}"
    raise NotImplementedError(cmd)


for lineno, line in enumerate(TRANSACTIONS.strip().splitlines(), 1):
    try:
        message = process(line)
    except LookupError as e:
        failures += 1
        history.append(f"line {lineno}: lookup failed: {e}")
    except ArithmeticError as e:
        failures += 1
        history.append(f"line {lineno}: rejected: {e}")
    except ValueError as e:
        failures += 1
        history.append(f"line {lineno}: invalid: {e}")
    else:
        history.append(f"line {lineno}: {message}")

for entry in history:
    print(entry)
print("-" * 40)
for name, bal in zip(names, balances):
    print(f"{name.title():<10}{fmt(bal):>14}")
print(f"{failures} of {len(history)} transactions failed")
if failures > 5:
    sys.exit(f"too many failures: {failures}")
