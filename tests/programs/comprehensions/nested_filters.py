# nested list and dict comprehensions with multiple for clauses and filters, scoping, and generator consumers.


def grid(n: int) -> list[list[int]]:
    return [[r * n + c for c in range(n)] for r in range(n)]


g = grid(4)
print(g)
print([x for row in g for x in row if x % 3 == 0])
print([[x for x in row if x % 2] for row in g])
print([(r) * 10 + c for r in range(3) if r != 1 for c in range(r, 4) if c != 2])
print([g[i][i] for i in range(len(g)) if i % 2 == 0])
t = [[row[i] for row in g] for i in range(4)]
print(t)
sq = {x: x * x for x in range(-3, 4) if x != 0}
print(sq)
inv = {sq[k]: k for k in sq}
print(inv)
words = ["apple", "bob", "kayak", "level", "tree", ""]
print({w: len(w) for w in words if w == w[::-1]})
print([c.upper() for w in words for c in w if c in "aeiou"])
print(sum(x * y for x in range(4) for y in range(4) if x < y))
print(max(len(w) for w in words), min(w for w in words if w), sorted(c for c in "hello"))
print(",".join(str(i) for i in range(5) if i != 2))
x = 100
ys = [x for x in range(3)]
print(x, ys)
flat = [y for x in [[1, 2], [], [3]] for y in x]
print(flat, x)
print([[i * j for j in range(1, 4)] for i in range(1, 4) if i * i > 1])
print([n for n in range(2, 30) if all([n % d != 0 for d in range(2, n)])])
print({k: [c for c in k] for k in ["ab", "c"]})
