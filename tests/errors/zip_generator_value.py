# error: 9:16: unsupported: zip() of a generator outside a for statement
from typing import Iterator


def gen() -> Iterator[int]:
    yield 1


print(list(zip(gen(), "ab")))
