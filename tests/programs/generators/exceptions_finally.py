from typing import Iterator


def risky(n: int) -> Iterator[int]:
    for i in range(n):
        if i == 2:
            raise ValueError("bad " + str(i))
        yield i


def guarded(tag: str) -> Iterator[str]:
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("finally", tag)


def lines(text: str) -> Iterator[str]:
    for line in text.split("\n"):
        s = line.strip()
        if s != "" and not s.startswith("#"):
            yield s


def main() -> None:
    g = risky(5)
    try:
        for x in g:
            print("got", x)
    except ValueError as e:
        print("caught", e)
    print(next(g, 99))
    for s in guarded("a"):
        print(s)
    h = guarded("b")
    print(next(h))
    h = guarded("c")
    print("dropped b")
    for ln in lines("x = 1\n# c\n\n  y = 2  \n"):
        print(repr(ln))
    k = guarded("d")
    print(next(k))


main()
print("end")
g = risky(3)
print(next(g), next(g))
next(g)
