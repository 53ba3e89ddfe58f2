# A failed assert with a message.


def withdraw(balance: int, amount: int) -> int:
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount


b = 100
b = withdraw(b, 30)
print("balance", b)
b = withdraw(b, 50)
print("balance", b)
b = withdraw(b, 25)
print("not reached")
