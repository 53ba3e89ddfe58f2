# error: 11:17: unsupported operand type(s) for +: this operand is Optional[int] and may be None
# A narrowing does not survive into a loop that may set the variable to None.
from typing import Optional


def f(xs: list[int]) -> int:
    best: Optional[int] = 0
    if best is None:
        return -1
    for x in xs:
        total = best + x
        best = None if x > 3 else total
    return 0


print(f([1, 2]))
