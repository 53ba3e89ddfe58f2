from typing import Iterator

def gen(n: int) -> Iterator[int]:
    for i in range(n):
        print("gen", i)
        yield i

print(sorted(gen(3), key=lambda x: -x))
print(list(gen(2)))
print(set(gen(3)))
g = gen(5)
print(2 in g)
print(next(g))
print(9 in g)
a, b = gen(2)
print(a, b)
h, i2, j, k = gen(4)
print(h, i2, j, k)
print(min(gen(3)), max(gen(3), default=-1), max(gen(0), default=-1))
print(min(gen(3), key=lambda x: (x - 1) ** 2))
print(sorted(map(lambda x: x, gen(2))))
print(3 not in gen(3), 1 not in gen(3))
words = (w for w in ["a", "bb", "ccc"])
print("bb" in words, list(words))
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print("ValueError:", e)
print(dict((str(i), i) for i in gen(2)))
s = {100}
s.update(gen(2))
print(sorted(s), s | set(gen(1)))
print(min((w for w in ["b", "a"]), default="none"), min((w for w in ["x"] if w > "y"), default="none"))
nums: list[int] = []
print(max([3, 1, 2], default=0), max(nums, default=0))
p, q = gen(1)
