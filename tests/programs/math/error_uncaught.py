# An uncaught math domain error: traceback and exit status 1.
import math


def root(x: float) -> float:
    return math.sqrt(x)


print(root(4.0))
print(root(-4.0))
