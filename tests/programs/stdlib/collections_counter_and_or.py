# Counter(a=1, ...) keyword counts and Counter | and & (larger and smaller
# counts, keeping the positive ones, in CPython's key order).

from collections import Counter

kw: Counter[str] = Counter(a=1, b=3, c=0)
print(kw, kw["b"], kw["z"], len(kw))
c1: Counter[str] = Counter("abracadabra")
c2: Counter[str] = Counter(a=2, b=5, r=-1, z=4)
print(c1 & c2)
print(c1 | c2)
print(c2 & c1)
print(c2 | c1)
print(c1 + c2, c1 - c2)
neg: Counter[int] = Counter({1: -3, 2: 0, 3: 2})
pos: Counter[int] = Counter({1: -1, 4: -2})
print(neg | pos, neg & pos, pos | neg, pos & neg)
empty: Counter[str] = Counter()
print(c1 & empty, empty | c2)
