# error: 7:7: f() got an unexpected keyword argument 'z'


def f(x: int, y: int = 0) -> int:
    return x + y

print(f(1, z=3))
