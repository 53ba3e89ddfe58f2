from typing import Iterable, Iterator


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def values(self) -> Iterator[int]:
        i = self.n
        while i > 0:
            yield i
            i -= 1


def squares(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        print("square", x)
        yield x * x


def take(xs: Iterator[int], n: int) -> Iterator[int]:
    if n <= 0:
        return
    for x in xs:
        yield x
        n -= 1
        if n == 0:
            return


def naturals() -> Iterator[int]:
    n = 1
    while True:
        yield n
        n += 1


def chars(s: str) -> Iterable[str]:
    yield from s
    yield from ["!", "?"]


print(list(take(squares(naturals()), 3)))
print(list(Countdown(3).values()))
print("".join(chars("hey")))
total = 0
for v in take(naturals(), 100):
    total += v
print(total)
g = naturals()
print(next(g), next(iter(g)))
