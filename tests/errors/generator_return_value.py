# error: 7:12: unsupported: return with a value in a generator
from typing import Iterator


def gen(n: int) -> Iterator[int]:
    yield n
    return n


print(list(gen(1)))
