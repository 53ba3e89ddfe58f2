from typing import Generator, Iterator, List


def counted(n: int) -> Generator[int, None, int]:
    total = 0
    for i in range(n):
        yield i
        total += i
    return total


def named(words: List[str]) -> Generator[str, None, str]:
    for w in words:
        yield w.upper()
    return "-".join(words)


def outer() -> Iterator[int]:
    s = yield from counted(4)
    print("sub returned", s)
    t = yield from counted(0)
    print("empty sub returned", t)
    yield s * 10


def words() -> Generator[str, None, List[str]]:
    label = yield from named(["a", "b"])
    print("label", label)
    return [label, label]


def early(flag: bool) -> Generator[int, None, str]:
    yield 1
    if flag:
        return "early"
    yield 2
    return "late"


class Tree:
    def __init__(self, depth: int) -> None:
        self.depth = depth

    def walk(self, d: int) -> Generator[int, None, int]:
        yield d
        if d == self.depth:
            return 1
        a = yield from self.walk(d + 1)
        b = yield from self.walk(d + 1)
        return a + b + 1


print(list(outer()))
w = words()
print(next(w), next(w))
print(list(w))
print(list(early(True)), list(early(False)))
t = Tree(2)
g = t.walk(0)
print(list(g))

# next() after the end: StopIteration carries the value once, then is bare.
e = early(True)
print(next(e))
try:
    next(e)
except StopIteration as ex:
    print("stop:", str(ex), repr(ex))
try:
    next(e)
except StopIteration as ex:
    print("again:", repr(ex))

# A for loop takes the value; next() then raises a bare StopIteration.
c = counted(3)
for x in c:
    print(x)
try:
    next(c)
except StopIteration as ex:
    print("after for:", repr(ex))

f = early(False)
print(next(f), next(f))
next(f)
