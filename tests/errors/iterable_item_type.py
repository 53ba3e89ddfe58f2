# error: 8:13: argument 'xs' of total() must be Iterable[float], not list[int]
from typing import Iterable


def total(xs: Iterable[float]) -> float:
    return sum(xs)

print(total([1, 2]))
