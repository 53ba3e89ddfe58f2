# tuple(g) of generators and Iterables, and starred unpacking of
# iterators and Iterables (CPython takes every value before checking).
from typing import Iterable, Iterator


def count(n: int) -> Iterator[int]:
    for i in range(n):
        print("yield", i)
        yield i


def words() -> Iterator[str]:
    yield "a"
    yield "bb"
    yield "ccc"


def as_tuple(xs: Iterable[int]) -> tuple[int, ...]:
    return tuple(xs)


def head_rest(xs: Iterable[int]) -> None:
    first, *rest = xs
    print("head", first, "rest", rest)


def pairs(xs: Iterable[str]) -> None:
    a, b = xs
    print("pair", a, b)


t = tuple(count(3))
print(t, len(t), t[1], t == (0, 1, 2))
print(tuple(words()))
print(tuple(x * x for x in range(4)))
print(tuple(count(0)))
print(as_tuple([4, 5]), as_tuple({7}), as_tuple(count(2)), as_tuple((1, 2, 3)))

a, *rest = count(4)
print(a, rest)
first, *mid, last = words()
print(first, mid, last)
*init, end = count(2)
print(init, end)
x, *empty = words()
print(x, empty)
head_rest([10, 20, 30])
head_rest((0, 1, 2))
head_rest(count(1))
pairs(["p", "q"])
pairs(("u", "v"))

try:
    p, q, *r = count(1)
    print(p, q, r)
except ValueError as e:
    print("ValueError:", e)

try:
    head_rest([])
except ValueError as e:
    print("ValueError:", e)

try:
    pairs(["only"])
except ValueError as e:
    print("ValueError:", e)

try:
    pairs(words())
except ValueError as e:
    print("ValueError:", e)

u, *v, w = count(0)
