# map and filter are lazy iterators: the function runs when the consumer
# asks for the next value, so side effects interleave as in CPython.
from typing import Callable, Iterator


def sq(x: int) -> int:
    print("sq", x)
    return x * x


def add(a, b):
    return a + b


class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    def __repr__(self) -> str:
        return f"Point({self.x})"


def gen() -> Iterator[int]:
    for i in range(3):
        print("gen", i)
        yield i


xs = [1, 2, 3, 4]
m = map(sq, xs)
print("made")
for v in m:
    print("got", v)
print(list(map(lambda x: x + 1, xs)))
print(list(map(str, xs)))
print(list(map(int, "1 2 3".split())))
print(list(map(float, ["1.5", "2"])))
print(sum(map(sq, range(5))))
print(list(map(add, xs, [10, 20, 30])))
print(list(map(add, ["a", "b"], "xyz")))
print(list(map(lambda a, b: a * b, range(1, 4), [2, 2, 2, 2])))
print(list(map(Point, [1, 2])))
print(list(filter(lambda x: x % 2 == 0, xs)))
print(list(filter(None, [0, 1, 2, 0, 3])))
print(list(filter(None, ["", "a", "b"])))
f: Callable[[int], bool] = lambda x: x > 2
print(list(filter(f, range(10))))
print(",".join(map(str, range(3))))
print(sorted(map(lambda s: len(s), ["aaa", "b", "cc"])))
print(max(map(len, ["ab", "c", "abcd"])), min(map(abs, [-5, 2, -1])))
mm = map(sq, [5, 6])
print(next(mm))
print(list(mm))
print(list(mm))
print(list(map(sq, gen())))
print(list(filter(lambda x: x > 0, map(sq, gen()))))
print(any(map(lambda x: x > 1, gen())))
print(list(map(len, {"ab": 1, "c": 2})))
print(list(map(lambda t: t[0] + t[1], [(1, 2), (3, 4)])))
evens = filter(lambda n: n % 2 == 0, range(1_000_000_000_000))
print(next(evens), next(evens), next(evens))


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return list(map(lambda g: g(x), fs))


print(apply_all([lambda v: v + 1, lambda v: v * 10], 4))


def boom(x: int) -> int:
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x


try:
    for y in map(boom, [1, 2, 3, 4]):
        print("ok", y)
except ValueError as e:
    print("caught", e)
print(list(map(boom, [1, 2, 3])))
