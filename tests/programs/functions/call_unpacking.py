# f(*xs) and f(**d) at call sites: bound at run time with CPython's
# TypeErrors.


def g(a: int, b: int) -> int:
    return a * 10 + b


def h(*args: int) -> int:
    return sum(args)


def mixed(a: int, b: int = 5, *rest: int, k: int = 0, **kw: int) -> str:
    return f"a={a} b={b} rest={rest} k={k} kw={kw}"


def scale(x: float, y: float, *, by: float = 1.0) -> float:
    return (x + y) * by


def side(x: int) -> int:
    print("eval", x)
    return x


xs = [1, 2]
print(g(*xs))
print(g(1, *[5]))
print(g(*(3, 4)))
print(h(*xs, 3, *(4, 5)))
print(h(*[]))
print(h())


def forward(*ns: int) -> int:
    return h(*ns, 100)


print(forward(7, 8, 9))
print(mixed(*[1, 2, 3, 4], k=9, z=1))
print(mixed(1, *[2], **{"k": 3, "w": 4}))
print(mixed(**{"a": 1}))
print(mixed(*[1, 2, 3], **{"q": 0}))
print(scale(*[1.5, 2.5], by=2.0))
print(scale(**{"x": 1.0, "y": 2.0, "by": 3.0}))
d = {"a": 7, "b": 8}
print(g(**d))
print(d)
print(g(side(1), *[side(2)]))
print(h(side(1), *[side(2), side(3)], side(4)))

for args in [[1], [1, 2, 3], [], [4, 5]]:
    try:
        print(g(*args))
    except TypeError as e:
        print("TypeError:", e)
for kws in [{"a": 1}, {"a": 1, "b": 2, "c": 3}, {"b": 1}, {"b": 2, "a": 1}]:
    try:
        print(g(**kws))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(mixed(a=1, **{"a": 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    print(mixed(1, **{"z": 1}, **{"z": 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    print(g(*[1, 2], b=3))
except TypeError as e:
    print("TypeError:", e)
try:
    print(g(*[1], **{"a": 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    print(scale(*[1.0, 2.0, 3.0]))
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def moved(self, dx: int, dy: int) -> str:
        return f"({self.x + dx}, {self.y + dy})"


p = Point(*[1, 2])
print(p.x, p.y)
q = Point(**{"y": 4, "x": 3})
print(q.moved(*[1, 1]))
try:
    p.moved(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
print(*xs)
print("a", *xs, "b", sep="-")
print(*("x", "y"), end="!\n")
print(*[])
print(*[1.5, 2.0], *["s"], sep=", ")
print(g(*[9, 9, 9]))
