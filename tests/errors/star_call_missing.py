# error: 6:7: g() missing 1 required keyword-only argument: 'k'
def g(a: int, *, k: int) -> int:
    return a + k


print(g(*[1]))
