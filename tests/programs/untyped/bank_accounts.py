# An untyped bank: no method parameter is annotated. __init__ parameters
# type the fields from the constructor calls (a default types an omitted
# argument), other methods get one signature from all their calls,
# overrides share their base's, and self.m(...) calls count as calls.


class Account:
    fee = 0.0

    def __init__(self, owner, balance=0.0, overdraft=None):
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.history = []

    def deposit(self, amount, note="deposit"):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        self.record(note, amount)

    def withdraw(self, amount):
        limit = self.balance
        extra = self.overdraft
        if extra is not None:
            limit += extra
        if amount + self.fee > limit:
            raise ValueError(f"{self.owner}: insufficient funds for {amount}")
        self.balance -= amount + self.fee
        self.record("withdraw", -amount)

    def record(self, kind, amount):
        self.history.append((kind, amount))

    def month_end(self, days):
        return 0.0

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount, "transfer from " + self.owner)

    def summary(self, width):
        return f"{self.owner:<{width}} {self.balance:10.2f} ({len(self.history)} ops)"


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner, 0.0)
        self.rate = rate

    def month_end(self, days):
        interest = round(self.balance * self.rate * days / 365, 2)
        if interest > 0:
            self.deposit(interest, "interest")
        return interest


class Checking(Account):
    fee = 0.25

    def month_end(self, days):
        charge = 1.0 if len(self.history) > 3 else 0.0
        self.balance -= charge
        return -charge


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, account):
        self.accounts[account.owner] = account
        return account

    def find(self, owner):
        return self.accounts.get(owner)

    def close_month(self, days):
        total = 0.0
        for owner in sorted(self.accounts):
            total += self.accounts[owner].month_end(days)
        return round(total, 2)

    @staticmethod
    def cents(value):
        return int(round(value * 100))


bank = Bank("First Untyped")
ann = bank.open(Account("ann", 120.0))
bob = bank.open(Savings("bob", 0.05))
cat = bank.open(Checking("cat", 50.0, 25.0))
dan = bank.open(Account("dan"))

bob.deposit(1000.0)
ann.transfer(bob, 20.0)
cat.withdraw(60.0)
dan.deposit(5.5, "gift")
for amount in [10.0, 5.0, 1.0]:
    cat.deposit(amount)

for bad in [-1.0, 500.0]:
    try:
        if bad < 0:
            ann.deposit(bad)
        else:
            dan.withdraw(bad)
    except ValueError as e:
        print("error:", e)

print("interest and fees:", bank.close_month(30))
for owner in ["ann", "bob", "cat", "dan", "eve"]:
    acct = bank.find(owner)
    if acct is None:
        print(owner, "has no account")
        continue
    print(acct.summary(5), Bank.cents(acct.balance))
    print("  ", acct.history)
print(cat.overdraft, dan.overdraft, bank.name)
