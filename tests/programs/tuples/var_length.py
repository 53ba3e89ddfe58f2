# tuple[T, ...]: annotations, tuple(xs), slicing, repetition, concatenation,
# and starred unpacking (a, *rest = t).
def total(xs: tuple[int, ...]) -> int:
    return sum(xs)

t: tuple[int, ...] = (7, 8, 9)
print(t, len(t), total(t), total((1, 2)))
print(t[1:], t[::-1], t[:0], t[5:])
print(t * 2, 2 * (1, 2), (1, 2) * 0)
u = tuple([1.5, 2.5])
print(u, u + (3.5,))
def args_rest(*args: str) -> tuple[str, ...]:
    return args[1:]
print(args_rest("a", "b", "c"))
print(args_rest())
w = ("x", "y", "z")[1:]
print(w, w == ("y", "z"), "y" in w)
for x in t[1:]:
    print(x)
pair: tuple[int, int] = (1, 2)
v: tuple[int, ...] = pair
print(v)
t = (1, 2, 3, 4)
a, *rest = t
print(a, rest)
*init, last = [1, 2, 3]
print(init, last)
s1, *mid, s2 = "a", "b", "c", "d"
print(s1, mid, s2)
p, *q = [5]
print(p, q)
def f(*args: int) -> None:
    first, *others = args
    print(first, others)
f(9, 8, 7)
f(1)
for row in [[1, 2, 3], [4]]:
    h, *tl = row
    print(h, tl)
try:
    u1, u2, *w2 = [1]
except ValueError as e:
    print(e)
scores = tuple(sorted([3, 1, 2]))
best, *others = scores[::-1]
print(best, others, scores + (4, 5), (0,) + scores)
t = t[1:] * 3
print(t, max(t), sorted(t), 8 in t)
