# error: 2:20: unsupported import: 'typing.Sequence'
from typing import Sequence


def first(xs: Sequence[int]) -> int:
    return xs[0]

print(first([1]))
