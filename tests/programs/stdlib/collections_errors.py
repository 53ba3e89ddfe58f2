# A defaultdict factory that raises, and KeyError from a Counter's plain view.
from collections import Counter, defaultdict


def boom() -> int:
    raise ValueError("no default for you")


d: defaultdict[str, int] = defaultdict(boom)
d["a"] = 1
print(d["a"])
try:
    print(d["b"])
except ValueError as e:
    print("caught", e, len(d))
c = Counter("aab")
print(c.get("z", -1), c.pop("a"), c)
del c["b"]
print(c, c["b"])
try:
    c.pop("q")
except KeyError as e:
    print("KeyError", e)
print(d["missing"])
