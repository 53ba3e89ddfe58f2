# error: 6:12: f() got multiple values for argument 'a'
def f(a: int, **kw: int) -> int:
    return a


print(f(1, a=2))
