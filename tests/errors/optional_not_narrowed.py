# error: 6:12: unsupported operand type(s) for +: this operand is Optional[int] and may be None
from typing import Optional


def inc(x: Optional[int]) -> int:
    return x + 1


print(inc(1))
