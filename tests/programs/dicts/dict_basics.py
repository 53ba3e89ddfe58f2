# dict[K, V]: displays, indexing, assignment, membership, methods, views
# in loops and builtins, and CPython's ordering and repr.


def word_count(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


ages = {"ada": 36, "grace": 85}
ages["edsger"] = 72
ages["ada"] = 37
print(ages, len(ages), "ada" in ages, "alan" not in ages)
print(ages["grace"], ages.get("alan", -1), ages.get("ada", 0))
del ages["grace"]
print(ages, bool(ages), bool({}))
counts = word_count("the cat and the hat. The bat, and the rat!")
print(counts)
for word in counts:
    print(word, end=" ")
print()
for word, n in counts.items():
    if n > 1:
        print(f"{word}: {n}")
for n in counts.values():
    print(n, end=",")
print()
print(sorted(counts), sum(counts.values()), max(counts.values()), list(counts.keys()), len(counts.keys()))
print(counts.pop("cat"), counts.pop("dog", 0), counts.setdefault("dog", 5), counts.setdefault("the", 0))
other = counts.copy()
other["zebra"] = 26
counts.update({"the": 100, "new": 1})
print(counts == other, counts, other)
nested: dict[str, list[int]] = {"evens": [], "odds": []}
for i in range(7):
    if i % 2 == 0:
        nested["evens"].append(i)
    else:
        nested["odds"].append(i)
print(nested)
grid = {1: {"x": 1.5}, 2: {"y": -0.0}}
print(grid, grid[2]["y"])
keys = [1.0, -0.0, 0.0, 2.5]
fl: dict[float, str] = {}
for k in keys:
    fl[k] = str(k)
print(fl)
try:
    print(ages["nobody"])
except KeyError as e:
    print("KeyError:", e, repr(e))
other.clear()
print(other, len(other))
print(ages["missing"])
