# Iteration: over lists of tuples with unpacking, enumerate and zip bound to
# one name or unpacked, dict items, homogeneous tuples, comprehensions.

pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, word in pairs:
    print(n, word)
for pair in pairs:
    print(pair, pair[1])
for i, (n, word) in enumerate(pairs):
    print(i, n, word)
for i, pair in enumerate(pairs, 1):
    print(i, pair)
for item in enumerate("ab"):
    print(item)
for both in zip([1, 2, 3], ["x", "y"]):
    print(both)
for a, (b, c) in zip("pq", pairs):
    print(a, b, c)
for triple in zip([1.5], [True], ["s"]):
    print(triple)

ages = {"ann": 31, "bo": 27}
for entry in ages.items():
    print(entry)
for name, age in ages.items():
    print(name, age)


def table() -> dict[str, tuple[int, int]]:
    return {"x": (1, 2), "y": (3, 4)}


for key, (lo, hi) in table().items():
    print(key, hi - lo)
for k, v in sorted(table().items(), reverse=True):
    print(k, v)

# Tuples whose items share a type iterate like lists.
primes = (2, 3, 5, 7)
for p in primes:
    print(p, end=" ")
print()
for p in reversed(primes):
    print(p, end=" ")
print()
for i, p in enumerate(primes):
    print(i * p, end=" ")
print()
print(sum(primes), max(primes), min(primes), sorted((3, 1, 2)), list(("a", "b")))
print(any((0, 0, 1)), all((1, 0)), primes.count(3))

# Comprehensions with tuple targets and tuple results.
squares = [(x, x * x) for x in range(4)]
print(squares)
print([b for a, b in squares if a % 2 == 1])
print({word: n for n, word in pairs})
print([(i, w) for i, (n, w) in enumerate(pairs) if n > 1])
print([x + y for x, y in zip([1, 2], [10, 20])])
print({k: v * 2 for k, v in ages.items()})
print(list(zip([1, 2], "ab")), list(enumerate(["z"], 5)))
print(sorted(zip([3, 1, 2], ["c", "a", "b"])))
print(list(ages.items()), sorted(ages.items()))
print(max(enumerate([4, 9, 2])), min(ages.items()))

# Loops that mutate what they index still see the tuples.
acc: list[tuple[int, int]] = []
for x, y in [(1, 2), (3, 4)]:
    acc.append((y, x))
    acc.append((x + y, 0))
print(acc)
