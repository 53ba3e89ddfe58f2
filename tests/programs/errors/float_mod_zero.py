# ZeroDivisionError from float % 0.0 (here with a negative zero divisor).


def wrap(angle: float, period: float) -> float:
    return angle % period


print(wrap(370.0, 360.0))
print(wrap(-10.0, 360.0))
print(wrap(5.0, -0.0))
