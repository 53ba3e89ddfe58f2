def inv(xs: list[int]) -> list[float]:
    g = (1 / x for x in xs)
    out: list[float] = []
    try:
        for v in g:
            out.append(v)
    except ZeroDivisionError as e:
        print("caught", e)
    return out


print(inv([1, 2, 0, 4]))
g = (10 // x for x in [5, 0])
print(next(g))
print(next(g))
