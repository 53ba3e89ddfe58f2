# error: 5:12: unsupported operand type(s) for -: 'str' and 'str'


def f(a: str, b: str) -> str:
    return a - b


print(f("x", "y"))
