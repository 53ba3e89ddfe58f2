# error: 6:7: f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
def f(a: int, *, k: int) -> int:
    return a + k


print(f(1, 2, k=3))
