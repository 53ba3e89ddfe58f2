# error: 2:7: parameter '*xs' of function 'f' needs a type annotation
def f(*xs) -> int:
    return len(xs)


print(f(1))
