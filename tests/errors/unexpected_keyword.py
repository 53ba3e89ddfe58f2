# error: 7:12: f() got an unexpected keyword argument 'z'


def f(x: int, y: int = 0) -> int:
    return x + y

print(f(1, z=3))
