# sys.exit with a computed status from deep inside nested calls and loops.
import sys


def inner(depth: int, code: int) -> None:
    if depth == 0:
        print("exiting with", code)
        sys.exit(code)
    inner(depth - 1, code)


def outer() -> None:
    for i in range(100):
        for j in range(100):
            if i * j == 42:
                inner(5, i + j)


outer()
