# error: 6:12: f() got an unexpected keyword argument 'xs'
def f(*xs: int) -> int:
    return len(xs)


print(f(1, xs=2))
