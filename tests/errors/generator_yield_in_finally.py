# error: 9:9: unsupported: yield inside an except or finally block
from typing import Iterator


def gen(n: int) -> Iterator[int]:
    try:
        yield n
    finally:
        yield 0


print(list(gen(1)))
