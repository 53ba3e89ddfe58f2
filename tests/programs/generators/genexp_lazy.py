from typing import Iterator


def noisy(x: int) -> int:
    print("noisy", x)
    return x


def first_big(xs: list[int], k: int) -> bool:
    return any(noisy(x) > k for x in xs)


def all_small(xs: list[int], k: int) -> bool:
    return all(noisy(x) < k for x in xs)


def squares(n: int) -> Iterator[int]:
    return (i * i for i in range(n))


def total(it: Iterator[int]) -> int:
    t = 0
    for v in it:
        t += v
    return t


def scaled(xs: list[int], k: int) -> Iterator[int]:
    g = (x * k for x in xs if x % 2 == 0)
    k = 100
    return g


print(first_big([1, 5, 2, 9], 3))
print(all_small([1, 5, 2, 9], 3))
g = (x * x for x in range(10**12))
print(next(g))
print(next(g))
print(total(squares(5)))
print(total(noisy(x) for x in [7, 8]))
print(list(scaled([1, 2, 3, 4], 3)))
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
for p in pairs:
    print(p)
h = (s.upper() for s in ["a", "b"])
print(next(h), next(h), next(h, "done"))
print(any(x > 3 for x in range(10**12)))
words = ["aa", "b", "ccc"]
lens = (len(w) for w in words)
words.append("dddd")
print(list(lens))
m = 3
print(sum(x * m for x in range(4)))
