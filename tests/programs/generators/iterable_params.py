# Iterable[T] parameters take any iterable object and iterate it afresh in
# each loop: a list or tuple is read again, a generator or map is
# exhausted after the first pass (CPython's behaviour, which differs).
from typing import Iterable, Iterator


def stats(xs: Iterable[float]) -> str:
    n = 0
    total = 0.0
    for x in xs:
        n += 1
        total += x
    mean = total / n if n else 0.0
    # Second pass: a list is re-iterated, a generator yields nothing more.
    spread = 0.0
    seen = 0
    for x in xs:
        spread += (x - mean) ** 2
        seen += 1
    return f"n={n} mean={mean:.3f} second_pass={seen} var={spread / n if n else 0.0:.3f}"


def readings(n: int) -> Iterator[float]:
    for i in range(n):
        yield i * 1.5


def evens(limit: int) -> Iterable[int]:
    # A generator function annotated -> Iterable[T] still returns a generator.
    i = 0
    while i < limit:
        yield i
        i += 2


def names_of(keys: Iterable[str]) -> str:
    return ", ".join(sorted(keys))


def count_all(xs: Iterable[int]) -> int:
    return sum(1 for _ in xs) + sum(xs) + len(list(xs))


def passes(xs: Iterable[int]) -> list[list[int]]:
    return [list(xs), [x * x for x in xs], sorted(xs, reverse=True)]


def live(xs: list[int], it: Iterable[int]) -> None:
    # A list is iterated live: items appended during the loop are seen.
    for x in it:
        if x < 3:
            xs.append(x + 10)
        print(x, end=" ")
    print()


def describe(xs: Iterable[int]) -> None:
    print(bool(xs), 2 in xs, any(x > 5 for x in xs), max(xs, default=-1))


data = [2.0, 4.0, 9.0]
print(stats(data))
print(stats((1.0, 2.0)))
print(stats(readings(4)))
print(stats(map(lambda v: v / 2, data)))
print(stats(x * 2.0 for x in data))
print(stats([]))
print(list(evens(7)), count_all(evens(7)), count_all([1, 2, 3]))
print(passes({3, 1, 2}), passes(evens(5)), passes(b"ab"))
print(names_of({"b": 1, "a": 2}), names_of("cab"), names_of(iter(["z", "y"])))
nums = [1, 2]
live(nums, nums)
live(nums, iter([0, 1]))
print(nums)
print([1, 2, 7])
describe([1, 2, 7])
describe(())
describe(evens(4))
g = evens(6)
print(next(g))
describe(g)
words: Iterable[str] = "hi"
print(words, repr(words), f"<{words}>", "".join(words) * 2)
shown: list[Iterable[int]] = [nums]
shown.append((1, 2))
shown.append({3: "x"})
shown.append({4})
shown.append(b"A")
print(shown[1:])
for s in shown:
    print(s, str(s), list(s))
