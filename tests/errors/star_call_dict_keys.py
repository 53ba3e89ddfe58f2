# error: 6:11: g() argument after ** must be a dict[str, ...], not dict[int, int]
def g(a: int, b: int) -> int:
    return a


print(g(**{1: 2}))
