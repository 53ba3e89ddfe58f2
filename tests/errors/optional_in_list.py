# error: 5:11: unsupported type list[Optional[int]]: Optional values inside containers
from typing import Optional


def f(xs: list[Optional[int]]) -> int:
    return len(xs)


print(f([]))
