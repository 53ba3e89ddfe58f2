# Unpacking: from tuples, function results, lists, nested targets, and
# into list and dict items.


def divide(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


q, r = divide(17, 5)
print(q, r)
lo, hi = min_max([4, -2, 9, 0])
print(lo, hi)

point = (3, "x", 2.5)
a, b, c = point
print(a, b, c)
[a2, b2, c2] = point
print(a2, b2, c2)

# Swaps evaluate the right side first.
x, y = 1, 2
x, y = y, x
print(x, y)
first, second = "left", "right"
second, first = first, second
print(first, second)

# Nested targets.
(n1, n2), label = (1, 2), "pair"
print(n1, n2, label)
record = ("ada", (1815, 1852), ["math", "engines"])
name, (born, died), topics = record
print(name, died - born, topics)

# From lists: the length is checked when the statement runs.
words = "alpha beta gamma".split()
w1, w2, w3 = words
print(w3, w2, w1)
rows = [[1, 2], [3, 4]]
(r1a, r1b), (r2a, r2b) = rows
print(r1a + r2b, r1b * r2a)

# Into items and across functions.
slots = [0, 0, 0]
slots[0], slots[2] = divide(29, 4)
print(slots)
table: dict[str, int] = {}
table["q"], table["r"] = divide(-7, 2)
print(table)
i = 0
vals = [10, 20, 30]
i, vals[i] = 2, 99
print(i, vals)


def rotate(t: tuple[int, int, int]) -> tuple[int, int, int]:
    a, b, c = t
    return b, c, a


t3 = (1, 2, 3)
for _ in range(4):
    t3 = rotate(t3)
    print(t3)

# Unpacking in loops over lists of tuples and lists.
for word, count in [("a", 1), ("b", 2)]:
    print(word * count)
for left, right in [[1, 2], [3, 4]]:
    print(left + right)

# Errors at run time, as CPython raises them.
try:
    u, v = words
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w, z = words
except ValueError as e:
    print("ValueError:", e)
