# ZeroDivisionError: 0.0 raised to a negative power.


def inverse_square(x: float) -> float:
    return x ** -2


print(inverse_square(2.0))
print(inverse_square(0.5))
print(inverse_square(0.0))
