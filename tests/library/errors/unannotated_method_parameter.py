# error: 8:23: parameter 'amount' of function 'Account.deposit' needs a type annotation
"""An exported class is part of the contract: its methods stay fully typed."""

class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance

    def deposit(self, amount) -> None:
        self.balance += amount
