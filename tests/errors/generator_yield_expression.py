# error: 6:9: unsupported: yield inside an expression
from typing import Iterator


def gen(n: int) -> Iterator[int]:
    x = yield n
    print(x)


print(list(gen(1)))
