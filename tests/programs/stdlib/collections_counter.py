from collections import Counter


def words() -> list[str]:
    return "the cat and the dog and the bird".split()


c = Counter(words())
print(c)
print(c["the"], c["zebra"], len(c), "zebra" in c)
print(c.most_common(2))
print(c.most_common())
print(c.most_common(0), c.most_common(-1))
c["cat"] += 5
c["new"] += 1
print(c)
c.update(["cat", "dog"])
c.subtract(["the"])
print(c, c.total())
print(sorted(c.elements()))
letters = Counter("abracadabra")
print(letters, letters.most_common(3))
e: Counter[int] = Counter()
print(e, len(e))
e[3] += 2
e.update({4: 2, 3: 1})
print(e)
a = Counter("aab")
b = Counter("abbbc")
print(a + b, a - b, b - a)
print(dict(a), list(a), a == Counter("aba"))
g = Counter(x % 3 for x in range(10))
print(g)
d = Counter({"x": 3, "y": 1})
print(d)
d2 = d.copy()
d2["z"] += 1
print(d, d2)
for k, v in sorted(letters.items()):
    print(k, v)
t = Counter([(1, 2), (1, 2), (3, 4)])
print(t)
print(Counter([1, 1, 2]) == Counter([1, 2, 1]))
z = Counter(["a"])
z.subtract({"a": 1})
nothing: Counter[str] = Counter()
print(z, z == nothing, len(z))

# Counting a range directly.
residues = Counter(range(10))
residues.update(range(3))
residues.subtract(range(1))
print(residues, residues.total())
