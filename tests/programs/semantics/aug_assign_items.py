# Augmented assignment to list and dict items with any index: container
# and index are evaluated once each, in CPython's order.


def pick(i: int) -> int:
    print("index", i)
    return i


def amount(v: int) -> int:
    print("amount", v)
    return v


counts = [0, 0, 0]
keys = ["a", "b", "c"]
for w in "abacab":
    counts[keys.index(w)] += 1
print(counts)
counts[pick(1) + 1] += amount(10)
print(counts)
grid = [[1, 2], [3, 4]]
grid[pick(1)][pick(0)] *= amount(5)
print(grid)
totals: dict[str, float] = {"x": 1.5}
totals["x" + ""] += 2.0
totals[keys[0]] = 0.0
totals[keys[0]] -= 0.25
print(totals)
try:
    counts[pick(7)] += amount(1)
except IndexError as e:
    print("IndexError:", e)
try:
    totals["nope"] += 1.0
except KeyError as e:
    print("KeyError:", e)
