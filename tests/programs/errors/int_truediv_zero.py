# ZeroDivisionError from int / int when the divisor is 0.


def mean(total: int, count: int) -> float:
    return total / count


print(mean(10, 4))
print(mean(0, 0))
