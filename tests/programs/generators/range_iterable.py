# range(...) passed where an Iterable[int] is expected: a range object,
# iterated afresh (and lazily) by every loop, printed as CPython does.
from typing import Iterable


def twice(xs: Iterable[int]) -> int:
    total = 0
    for x in xs:
        total += x
    seen = [x * 2 for x in xs]
    print(xs, str(xs), repr(xs), total, seen, bool(xs))
    if xs:
        print("non-empty")
    else:
        print("empty")
    return total


def biggest(xs: Iterable[int]) -> int:
    return max(xs)


def first_over(xs: Iterable[int], limit: int) -> int:
    for x in xs:
        if x > limit:
            return x
    return -1


print(twice(range(5)))
print(twice(range(10, 0, -3)))
print(twice(range(0)))
print(twice(range(3, 9)))
print(twice(range(-5, 5, 4)))
print(twice(range(5, 10, -1)))
n = 4
print(twice(range(n * 2, n, -1)))
print(biggest(range(1, 100, 7)), sum(range(7)), any(x > 3 for x in range(4)))
print(first_over(range(10**12), 5))
print(first_over(range(1, 9223372036854775807, 1 << 62), 1 << 61))
r: Iterable[int] = range(2, 12, 5)
print(r, list(r), sorted(r, reverse=True), 7 in r, 8 in r)

def pick(big: bool) -> Iterable[int]:
    if big:
        return range(100, 103)
    return [7, 8]


for it in [pick(True), pick(False)]:
    print(it, [x for x in it])
zero = 0
try:
    twice(range(1, 5, zero))
except ValueError as e:
    print("ValueError:", e)
print(twice(range(0, 1, zero)))
