from typing import Iterator, Generator


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def fib() -> Generator[int, None, None]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def words(s: str) -> Iterator[str]:
    for w in s.split():
        yield w.upper()
    yield "END"


def evens(xs: list[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x


def tree(n: int) -> Iterator[int]:
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)


for x in count_up(3):
    print(x)
g = fib()
print([next(g) for _ in range(10)])
print(list(words("hello big world")))
print(sum(evens([1, 2, 3, 4, 6])), sorted(evens([8, 2, 4])))
print(list(tree(3)))
e = count_up(2)
print(next(e), next(e), next(e, -1))
print(any(count_up(3)), all(count_up(3)))
for i, w in enumerate(words("a b")):
    print(i, w)
print(max(count_up(5)), min(fib() if False else count_up(4)))
