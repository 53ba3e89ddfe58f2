# error: 10:22: parameter 'balance' of 'Account.__init__' is int from another call, but this call passes float
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance


# CPython prints 0 for ann and 2.5 for bob: one field cannot hold both.
ann = Account("ann")
bob = Account("bob", 2.5)
print(ann.balance, bob.balance)
