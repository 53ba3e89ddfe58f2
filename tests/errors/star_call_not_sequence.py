# error: 6:10: unsupported: unpacking a int into the arguments of g()
def g(a: int, b: int) -> int:
    return a


print(g(*5))
