# ZeroDivisionError from float // 0.0.


def steps(length: float, step: float) -> float:
    return length // step


print(steps(10.0, 3.0))
print(steps(-10.0, 3.0))
print(steps(10.0, 0.0))
