# error: 8:16: this Callable[[str], int] is called with (int) by this iterator
from typing import Callable


def size(s: str) -> int:
    return len(s)
f: Callable[[str], int] = size
print(list(map(f, [1, 2])))
