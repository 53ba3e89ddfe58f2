from .models.account import Account
from .models.entry import Entry
from .report import LedgerError

_posted = 0


class Book:
    def __init__(self, name: str) -> None:
        self.name = name
        self.accounts: dict[str, Account] = {}
        self.entries: list[Entry] = []

    def open(self, account: Account) -> None:
        self.accounts[account.name] = account

    def post(self, e: Entry) -> None:
        global _posted
        for name in [e.source, e.target]:
            if name not in self.accounts:
                raise LedgerError(f"unknown account {name!r}")
        source = self.accounts[e.source]
        target = self.accounts[e.target]
        source.balance -= e.amount
        target.balance += e.amount
        self.entries.append(e)
        _posted += 1


def posted_count() -> int:
    return _posted
