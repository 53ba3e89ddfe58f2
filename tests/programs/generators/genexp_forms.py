from typing import Callable, Iterator


def down(n: int) -> list[int]:
    return list(x for x in range(n, 0, -1))


def nested(rows: list[list[int]]) -> list[int]:
    outs: list[int] = []
    for r in rows:
        g = (sum(v * w for v in r) for w in range(1, 3))
        for t in g:
            outs.append(t)
    return outs


def maker(k: int) -> Callable[[list[int]], Iterator[int]]:
    return lambda xs: (x + k for x in xs)


print(down(4))
print(nested([[1, 2], [3]]))
print(list(maker(10)([1, 2])))
gg = (c for c in "hey")
print(",".join(gg))
print(max(len(s) for s in ["a", "abc"]))
print(sorted((x % 3 for x in range(7)), reverse=True))
it = iter(x for x in [1, 2])
print(next(it))
