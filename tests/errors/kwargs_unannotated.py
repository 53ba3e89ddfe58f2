# error: 2:15: parameter '**kw' of function 'f' needs a type annotation
def f(a: int, **kw) -> int:
    return a


print(f(1))
