# Tuples inside lists and dicts: repr, sorting, searching, keys and values.

people: list[tuple[str, int]] = [("bob", 25), ("alice", 30), ("carol", 25)]
print(people)
print(sorted(people))
print(sorted(people, reverse=True))
people.sort()
print(people, people[0][0])
print(max(people), min(people))
print(("alice", 30) in people, ("alice", 31) in people)
print(people.index(("bob", 25)), people.count(("carol", 25)))
people.remove(("bob", 25))
people.append(("dave", 41))
people.insert(0, ("zed", 1))
print(people, len(people))
popped = people.pop()
print(popped, people == [("zed", 1), ("alice", 30), ("carol", 25)])

# Tuples as dict keys.
grid: dict[tuple[int, int], str] = {}
for r in range(3):
    for c in range(3):
        if (r + c) % 2 == 0:
            grid[(r, c)] = f"{r}{c}"
print(grid)
print(grid[1, 1], grid.get((2, 2), "?"), grid.get((2, 1), "?"))
print((0, 2) in grid, (0, 1) in grid, len(grid))
del grid[(0, 0)]
grid[2, 2] = "corner"
print(list(grid), grid.pop((1, 1)))
keys = sorted(grid)
print(keys)
moves = {("a", 1): 1.5, ("b", 2): -0.5}
moves[("a", 1)] += 1.0
print(moves, moves == {("b", 2): -0.5, ("a", 1): 2.5})

# Equal keys of different numeric types are one key.
weights: dict[tuple[float, float], int] = {(1.0, 2.0): 1}
weights[(1.0, 2.0)] = 2
print(weights, (1.0, 2.0) in weights)

# Tuples as dict values.
spans: dict[str, tuple[int, int]] = {"a": (0, 3), "b": (4, 9)}
spans["c"] = (10, 12)
start, end = spans["b"]
print(spans, end - start, sorted(spans.values(), reverse=True))
print(list(spans.items()))

# Lists of lists of tuples, and tuples of lists.
layers = [[(0, "x")], [], [(1, "y"), (2, "z")]]
layers[1].append((5, "w"))
print(layers, layers[2][1][1])
buckets = ([1, 2], [3])
buckets[1].append(4)
print(buckets)

# A missing tuple key raises KeyError with the key's repr.
try:
    print(grid[(9, 9)])
except KeyError as e:
    print("KeyError", e)
