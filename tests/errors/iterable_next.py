# error: 5:17: 'Iterable' object is not an iterator
from typing import Iterable

def first(xs: Iterable[int]) -> int:
    return next(xs)

print(first([1]))
