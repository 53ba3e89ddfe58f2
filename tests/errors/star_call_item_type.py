# error: 7:10: argument *xs of g() has items of type str, its parameters take int
def g(a: int, b: int) -> int:
    return a


xs = ["a", "b"]
print(g(*xs))
