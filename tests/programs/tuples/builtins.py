# divmod, tuple concatenation, len, count and the iterating builtins.

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(True, 2), divmod(7, True))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.0), divmod(-0.0, 1.0))
print(divmod(1e300, 1e-300)[1], divmod(5.0, float("inf")))
q, r = divmod(1234, 100)
print(q, r)


def hours(seconds: int) -> str:
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}"


print(hours(3725), hours(59), hours(86399))

a = (1, "a")
b = (2.5, None)
c = a + b
print(c, len(c), c[2], () + (), a + () == a)
print((1,) + (2,) + (3,))

words = ("to", "be", "or", "not", "to", "be")
print(words.count("to"), words.count("x"), len(words))
print(sorted(words), max(words), min(words))
print(list(reversed(words))[:2])

print(sum((1.5, 2.5)), sum((1, 2), 10), any(()), all(()))
print(str((1, 2)) == "(1, 2)", repr(("a",)) == "('a',)")

try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(tuple(), tuple(a), tuple(a) == a, ", ".join(("x", "y", "z")))
mixed = (1, 2.0, 1, True)
print(mixed.count(1), mixed.count(2), mixed.index(2), mixed.index(True))
print(words.index("or"), ((1, "x"), (2, "y")).index((2, "y")), ().count(3))
try:
    words.index("maybe")
except ValueError as e:
    print("ValueError:", e)
best = (0, "")
for w in ["bb", "a", "ccc", "dd", "eee"]:
    best = max(best, (len(w), w))
print(best, min((2, "b"), (1, "z"), (1, "a")), max((1.5,), (1.5,), (0.5,)))
