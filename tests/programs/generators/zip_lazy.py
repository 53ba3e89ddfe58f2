from typing import Iterator


def gen(n: int, tag: str) -> Iterator[int]:
    for i in range(n):
        print("pull", tag, i)
        yield i


for p, c in zip(gen(3, "a"), "xy"):
    print(p, c)
for c, p in zip("xy", gen(3, "b")):
    print(c, p)
for a, b in zip(gen(5, "c"), gen(2, "d")):
    print(a, b)
print(a, b)
names = ["p", "q", "r"]
for s, v in zip(names, (len(n) * 2 for n in names)):
    print(s, v)
g = gen(4, "f")
for x, y in zip(g, [1]):
    print(x, y)
print(next(g))
for i, t in enumerate((w.upper() for w in names), 10):
    print(i, t)
objs = [[1], [2, 2]]
for o, n in zip(objs, (len(o) for o in objs)):
    print(o, n)
