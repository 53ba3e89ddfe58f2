# error: 4:7: parameter 'x' of function 'f' needs a type annotation


def f(x, y: int) -> int:
    return y


print(f(1, 2))
