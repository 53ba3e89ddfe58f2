# Regressions: arguments are evaluated in the order they are written,
# keyword arguments and print's sep/end included.


def show(x: int) -> int:
    print("eval", x)
    return x


def text(s: str) -> str:
    print("eval", repr(s))
    return s


def f(a: int, b: int, c: int = 7) -> None:
    print("f got", a, b, c)


f(b=show(1), a=show(2))
f(show(3), c=show(4), b=show(5))
print("x", "y", end=text("!\n"), sep=text("-"))
print("x", "y", sep=text("+"), end=text("?\n"))
grid = [[0, 0], [0, 0]]


def row() -> int:
    print("row")
    return 1


def col() -> int:
    print("col")
    return 0


def val() -> int:
    print("val")
    return 9


grid[row()][col()] = val()
print(grid)
counts: dict[str, int] = {}
counts[text("k")] = show(3)
print(counts)
