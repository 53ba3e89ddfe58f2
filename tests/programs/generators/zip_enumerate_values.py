from typing import Iterator

def gen(n: int) -> Iterator[int]:
    for i in range(n):
        print("gen", i)
        yield i * 10

print(list(zip(gen(3), ["a", "b", "c", "d"])))
e = enumerate(gen(2))
print(next(e))
print(list(e))
z = zip([1, 2], "xy")
print(next(z))
for p in z:
    print(p)
print(list(enumerate(gen(2), 5)))
print([a + b for a, b in zip(gen(3), [1, 2, 3])])
print(sorted(zip(gen(2), [5, 4]), reverse=True))
