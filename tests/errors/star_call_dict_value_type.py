# error: 6:7: unsupported: a **dict of int values may bind parameter 'b', of type str
def g(a: int, b: str) -> int:
    return a


print(g(1, **{"b": 2}))
