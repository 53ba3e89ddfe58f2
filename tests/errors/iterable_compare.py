# error: 5:12: unsupported comparison '==' between Iterable[int] and list[int]
from typing import Iterable

def same(xs: Iterable[int], ys: list[int]) -> bool:
    return xs == ys

print(same([1], [1]))
