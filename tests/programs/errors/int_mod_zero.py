# ZeroDivisionError from int % 0.


def remainder(a: int, b: int) -> int:
    return a % b


print(remainder(17, 5))
print(remainder(-17, 5))
zero = 5 - 5
print(remainder(17, zero))
