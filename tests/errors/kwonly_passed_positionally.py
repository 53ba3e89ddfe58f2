# error: 6:7: f() takes 1 positional argument but 2 were given
def f(a: int, *, k: int = 0) -> int:
    return a + k


print(f(1, 2))
