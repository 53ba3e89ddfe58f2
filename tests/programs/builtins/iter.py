# iter() of every iterable gives an iterator that next() advances.
from typing import Iterator

xs = [1, 2, 3, 4]
it = iter(xs)
print(next(it), next(it))
print(list(it))
print(next(it, -1))
ws = iter("abc")
print(next(ws), "".join(ws))
d = {"a": 1, "b": 2}
print(list(iter(d)))
r = iter(range(3))
print(next(r), list(r))
print(sorted(iter({3, 1, 2})))
t = iter((7, 8))
print(next(t), next(t), next(t, 0))
big = iter(range(10**15))
print(next(big), next(big))
b = iter(b"hi")
print(next(b))


def gen() -> Iterator[str]:
    yield "x"


g = gen()
print(next(iter(g)))
empty: list[str] = []
e = iter(empty)
print(next(e, "empty"))
ys = [1]
yi = iter(ys)
print(next(yi))
print(next(yi))
