# ZeroDivisionError from int // 0 inside a function, after some output.


def ratio(a: int, b: int) -> int:
    return a // b


for d in range(3, -1, -1):
    print("100 //", d, "=", ratio(100, d))
print("not reached")
