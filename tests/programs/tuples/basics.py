# Tuple displays, annotations, indexing, len, truthiness and every way a
# tuple turns into text.


def pair(a: int, b: str) -> tuple[int, str]:
    return a, b


def swap(t: tuple[int, str]) -> tuple[str, int]:
    return (t[1], t[0])


def describe(point: tuple[float, float]) -> str:
    x = point[0]
    y = point[-1]
    return f"({x:.1f}, {y:.1f}) has norm^2 {x * x + y * y}"


t = pair(7, "seven")
print(t)
print(t[0], t[1], t[-1], t[-2])
print(swap(t), swap(t) == ("seven", 7))
print(describe((3.0, 4.0)))

empty: tuple[()] = ()
single = (42,)
nested = ((1, 2.5), ("a", None), [True, False], {"k": (1,)})
print(empty, single, nested)
print(repr(empty), str(single), repr(nested))
print(len(empty), len(single), len(nested), len(nested[0]))
print(f"{t}|{single!r}|{nested[1]}|{empty}")
print(str((1, "it's", "\n", -0.0, 1e16)))
print([(), ()], [(1,), (2,)], {"xs": ((), ())})

# Truthiness: empty tuples are false, any other tuple is true.
if ():
    print("true", ())
else:
    print("false", ())
if (0,):
    print("true", (0,))
print(bool(()), bool((None,)), not (), not (0, 0))

# Tuples are values of any type.
print(isinstance(t, tuple), isinstance(t, list), isinstance([1], tuple))
print(nested[1][0] + "b", nested[0][1] * 2, nested[2][1], nested[3]["k"][0])

# Globals and locals of tuple type.
ORIGIN = (0, 0)


def shift(dx: int, dy: int) -> tuple[int, int]:
    return (ORIGIN[0] + dx, ORIGIN[1] + dy)


print(shift(2, -3), ORIGIN)
ORIGIN = (10, 10)
print(shift(2, -3))

# A tuple holds references: mutating a list inside it shows through.
log: list[str] = []
holder = (log, "name")
log.append("first")
holder[0].append("second")
print(holder, len(holder[0]))

# A variable index needs elements of one type.
sizes = (3, 1, 4, 1, 5)
i = 0
total = 0
while i < len(sizes):
    total += sizes[i] * sizes[-1 - i]
    i += 1
print(total, sizes[len(sizes) // 2])

# Conditional expressions and and/or over tuples.
flag = len(log) > 1
chosen = (1, "one") if flag else (2, "two")
print(chosen, (0,) or (5,), (1, 1) and (2, 3))
