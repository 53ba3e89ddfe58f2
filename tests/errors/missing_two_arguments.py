# error: 7:7: f() missing 2 required positional arguments: 'b' and 'c'


def f(a: int, b: int, c: int) -> int:
    return a * b * c

print(f(1))
