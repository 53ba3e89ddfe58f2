# error: 7:16: unsupported: a container of Optional[int] values (Optional inside containers)
from typing import Optional


def wrap(x: Optional[int]) -> int:
    y = x
    return len([y, y])


print(wrap(1))
