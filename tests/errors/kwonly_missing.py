# error: 6:7: f() missing 1 required keyword-only argument: 'k'
def f(a: int, *, k: int) -> int:
    return a + k


print(f(1))
