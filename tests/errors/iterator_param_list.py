# error: 8:13: argument 'xs' of total() must be Iterator[int], not list[int]
from typing import Iterator


def total(xs: Iterator[int]) -> int:
    return sum(xs)

print(total([1, 2]))
