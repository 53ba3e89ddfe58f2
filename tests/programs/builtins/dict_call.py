# dict(): empty, copies, pairs (lists, zip, enumerate, generators), keywords.
from typing import Iterator

def pairs() -> Iterator[tuple[str, int]]:
    for i, k in enumerate("abc"):
        print("pair", k)
        yield k, i

e: dict[str, int] = dict()
print(e)
d = {"x": 1, "y": 2}
c = dict(d)
c["z"] = 3
print(d, c)
print(dict([(1, "a"), (2, "b"), (1, "c")]))
print(dict(zip(["a", "b"], [1, 2])))
print(dict(zip("ab", range(5))))
print(dict(a=1, b=2))
print(dict(d, k=5, x=9))
print(dict(pairs()))
print(dict(enumerate("xy")))
print(dict([("a", 1)], b=2))
print(dict((("t", 1), ("u", 2))))
print(dict({(1, 2): "p"}))
