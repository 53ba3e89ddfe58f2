# Set displays, set(), comprehensions, iteration order, repr, len, in.
from typing import Set

s = {5, 3, 100, 8, 1}
print(s)
print(set(range(20)))
print(len(s), 3 in s, 4 in s, 4 not in s)
e: set[int] = set()
print(e, len(e), bool(e), bool(s))
print(set([3, 1, 2, 3, 1]))
print(set((9, 8, 7)))
print(sorted(set("mississippi")))
d = {"b": 1, "a": 2, "c": 3}
print(sorted(set(d)))
print(set({10: "x", 2: "y", 33: "z"}))
print(set(s) == s, set(s) != s)
sq = {x * x for x in range(-5, 6) if x != 0}
print(sq)
print({(i, j) for i in range(3) for j in range(2)})
print({1.5, 2.0, -0.5, 3.25})
print({True, False, True})
big: Set[int] = set()
for i in range(0, 200, 7):
    big.add(i)
print(big)
for i in range(0, 200, 21):
    big.discard(i)
print(big)
big.add(1000)
big.add(-5)
print(big)
print([x for x in big if x % 2 == 0][:5])
total = 0
for x in {4, 4, 5}:
    total += x
print(total)
print(sum({1, 2, 3}), min({7, 3, 9}), max({7, 3, 9}), any(set()), all({1, 2}))
print(list({3, 2, 1}), sorted({30, 10, 20}, reverse=True))
print(str({1, 2}), repr({"only"}), f"{ {1, 2} }", f"{set()}")
print([{1, 2}, set()], {"k": {3}}, ({4}, 5))
print(isinstance(s, set), isinstance(s, list))
neg = {-1, -2, -8, 7, 2**40, -(2**62)}
print(neg)
