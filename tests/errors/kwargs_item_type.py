# error: 6:14: argument 'kw' of f() must be int, not str
def f(a: int, **kw: int) -> int:
    return a


print(f(1, z="s"))
