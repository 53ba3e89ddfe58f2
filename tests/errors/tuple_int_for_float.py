# error: 7:9: argument 'p' of f() must be tuple[str, float], not tuple[str, int]
def f(p: tuple[str, float]) -> float:
    return p[1]


print(f(("a", 2.5)))
print(f(("a", 2)))
