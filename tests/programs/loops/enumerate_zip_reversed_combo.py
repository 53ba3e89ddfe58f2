# combinations of enumerate, zip, reversed and range: start offsets, unequal lengths, strings and dict iteration.


def pairwise_diff(xs: list[int]) -> list[int]:
    out: list[int] = []
    for a, b in zip(xs, xs[1:]):
        out.append(b - a)
    return out


names = ["ann", "bo", "cyd", "dee"]
scores = [90, 75, 82]
for i, n in enumerate(names, 1):
    print(i, n, end="; ")
print()
for n, s in zip(names, scores):
    print(n, s, end=" ")
print()
for i, n in enumerate(reversed(names)):
    print(i, n, end=" ")
print()
for i in reversed(range(2, 11, 3)):
    print(i, end=" ")
print()
for c1, c2 in zip("hello", reversed("world")):
    print(c1 + c2, end=" ")
print()
for i, c in enumerate("héllo", -2):
    print(f"{i}:{c}", end=" ")
print()
print(pairwise_diff([1, 4, 9, 16, 25]), pairwise_diff([7]), pairwise_diff([]))
d = {"x": 1, "y": 2, "z": 3}
for i, k in enumerate(d):
    print(i, k, d[k], end=" | ")
print()
for k, v in d.items():
    print(k, v, end=" ")
print()
total = 0
for i, (s) in enumerate(scores):
    total += i * s
print(total)
for a, b in zip(range(5), range(10, 0, -2)):
    print(a * b, end=",")
print()
for i, x in enumerate(reversed([1.5, 2.5, 3.5])):
    print(i, x)
for r in reversed(range(0)):
    print("never")
for i, j in zip(range(3), "ab"):
    print(i, j)
