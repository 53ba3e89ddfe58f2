class Boom:
    def __init__(self, n: int):
        self.n = n
    def __eq__(self, other: "Boom") -> bool:
        if self.n == 3 or other.n == 3:
            raise RuntimeError("boom on 3")
        return self.n == other.n
    def __lt__(self, other: "Boom") -> bool:
        if self.n == 13:
            raise ValueError("lt 13")
        return self.n < other.n
    def __repr__(self) -> str:
        if self.n == 7:
            raise KeyError("no repr for 7")
        return f"B{self.n}"

xs = [Boom(1), Boom(2), Boom(3), Boom(4)]
for probe in [Boom(2), Boom(5)]:
    try:
        print(probe in xs, xs.count(probe))
        print(xs.index(probe))
    except RuntimeError as e:
        print("RuntimeError", e)
    except ValueError as e:
        print("ValueError", e)
try:
    xs.remove(Boom(9))
except RuntimeError as e:
    print("remove:", e)
d1 = {"a": Boom(1), "b": Boom(3)}
d2 = {"a": Boom(1), "b": Boom(3)}
try:
    print(d1 == d2)
except RuntimeError as e:
    print("dict eq:", e)
ys = [Boom(5), Boom(13), Boom(1)]
try:
    ys.sort()
except ValueError as e:
    print("sort:", e)
try:
    print(max([Boom(5), Boom(13), Boom(1)]))
except ValueError as e:
    print("max:", e)
try:
    print([Boom(1), Boom(7)])
except KeyError as e:
    print("repr:", e)
try:
    print(f"{Boom(7)!r}")
except KeyError as e:
    print("fstring:", e)
print(sorted([Boom(4), Boom(2)]))
try:
    zs = [Boom(4), Boom(13)]
    print(sorted(zs, key=lambda b: b))
except ValueError as e:
    print("sorted key:", e)
print("done")
