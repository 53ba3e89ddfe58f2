# error: 6:20: unsupported: the value of `yield from` other than a generator function's call
from typing import Iterator


def gen(xs: list[int]) -> Iterator[int]:
    n = yield from xs
    print(n)
    yield 0


print(list(gen([1])))
