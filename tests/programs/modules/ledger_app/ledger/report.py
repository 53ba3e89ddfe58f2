from ledger import VERSION
from .models.account import Account


class LedgerError(Exception):
    pass


def summary(accounts: dict[str, Account], entries: int) -> list[str]:
    lines = [f"ledger {VERSION}: {entries} entries"]
    for name in sorted(accounts):
        lines.append(f"  {name:<8}{accounts[name].balance:>8}")
    return lines


def total_flow(amounts: list[int]) -> int:
    return sum(amounts)
