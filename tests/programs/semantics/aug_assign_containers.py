# augmented assignment on list items, dict values, nested containers, and list += aliasing.


def bump(counts: dict[str, int], word: str) -> None:
    counts[word] = counts.get(word, 0) + 1


xs = [1, 2, 3]
ys = xs
xs += [4]
print(xs, ys, xs == ys)
xs = xs + [5]
print(xs, ys)
xs[0] += 10
xs[-1] *= 3
xs[1] -= 7
xs[2] //= 2
xs[3] %= 3
print(xs)
d = {"a": 1, "b": 2}
d["a"] += 5
d["b"] **= 3
print(d)
counts: dict[str, int] = {}
for w in "the cat and the hat and the bat".split():
    bump(counts, w)
print(counts)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[i][j] *= 2
print(grid)
shared = [[0] * 2] * 2
shared[0][0] += 1
print(shared)
names: dict[str, list[int]] = {"x": [], "y": [1]}
names["x"] += [7, 8]
names["y"].append(2)
print(names)
s = "ab"
s *= 3
s += "!"
print(s)
fl = [0.5, 1.5]
fl[0] /= 4.0
fl[1] **= 2.0
print(fl)
k = 0
arr = [10, 20, 30]
arr[k] += arr[k + 1]
k += 1
arr[k] -= arr[k - 1]
print(arr, k)
