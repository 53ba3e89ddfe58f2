# error: 5:12: object of type 'Iterable' has no len()
from typing import Iterable

def size(xs: Iterable[int]) -> int:
    return len(xs)

print(size([1]))
