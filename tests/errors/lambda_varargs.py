# error: 4:37: unsupported syntax: *args in a lambda
from typing import Callable

f: Callable[[int], int] = lambda x, *rest: x
print(f(1))
