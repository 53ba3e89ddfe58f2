"""A small ledger split over a package: models, storage and a report."""
from ledger import storage
from ledger.models.account import Account
from ledger.models import entry
from ledger.report import summary, LedgerError
import ledger.report

book = storage.Book("household")
book.open(Account("cash", "asset"))
book.open(Account("rent", "expense"))
book.open(Account("salary", "income"))
book.post(entry.Entry("salary", "cash", 3000))
book.post(entry.Entry("cash", "rent", 1200))
book.post(entry.Entry("cash", "rent", 50))
for line in summary(book.accounts, len(book.entries)):
    print(line)
print(ledger.report.total_flow([e.amount for e in book.entries]))
print(storage.posted_count())
try:
    book.post(entry.Entry("cash", "travel", 10))
except LedgerError as e:
    print("rejected:", e)
try:
    book.post(entry.Entry("cash", "rent", -5))
except ValueError as e:
    print("rejected:", e)
book.post(entry.Entry("nowhere", "cash", 1))
