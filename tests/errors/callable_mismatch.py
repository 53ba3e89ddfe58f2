# error: 11:13: argument 'f' of apply() must be Callable[[int], int], not Callable[[str], str]
from typing import Callable


def shout(s: str) -> str:
    return s.upper()


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
print(apply(shout, 1))
