# error: 7:7: f() takes 2 positional arguments but 3 were given


def f(a: int, b: int) -> int:
    return a + b

print(f(1, 2, 3))
