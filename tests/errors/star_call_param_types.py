# error: 6:9: unsupported: unpacking arguments into parameters of different types (int and str, 'b') of g()
def g(a: int, b: str) -> int:
    return a


print(g(*[1, 2]))
