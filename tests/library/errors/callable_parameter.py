# error: 7:5: parameter 'f' of exported function 'apply' has type Callable[[int], int], which cannot cross the library boundary
"""A Callable parameter cannot cross the library boundary (yet)."""

from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
