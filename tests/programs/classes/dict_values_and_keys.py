class P:
    def __init__(self, n: int):
        self.n = n
    def __repr__(self) -> str:
        return f"P{self.n}"
d = {"a": P(1), "b": P(2)}
print(d.get("a"), d.get("zz"), d.get("zz", P(9)))
x = d.pop("a")
print(x, d, d.setdefault("c", P(3)), d)
print(list(d.values()), sorted(d.keys()))
e = d.copy()
print(e == d, e)
ps = [P(3), P(1), P(7), P(7), P(2)]
print(max(ps, key=lambda p: p.n), min(ps, key=lambda p: p.n), max(ps, key=lambda p: -p.n))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max([3, -9, 4], key=abs))
print(any([P(1)]), [P(i) for i in range(3)])
print(sorted([P(5), P(2), P(8)], key=lambda p: p.n), min([P(5), P(2)], key=lambda p: -p.n))


def make() -> list[P]:
    print("make called")
    return [P(3), P(1), P(2)]


print(sorted(make(), key=lambda p: p.n))
