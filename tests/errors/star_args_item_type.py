# error: 6:12: argument 'xs' of f() must be int, not str
def f(*xs: int) -> int:
    return len(xs)


print(f(1, "a"))
