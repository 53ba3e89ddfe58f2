# error: 10:5: unsupported syntax: this method decorator
from typing import Callable


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    return f


class C:
    @logged
    def m(self, x: int) -> int:
        return x
print(C().m(1))
