# parallel assignment and swaps: right side evaluated fully first, swaps through list items, fibonacci-style updates.


def fib_pair(n: int) -> list[int]:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return [a, b]


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


x, y = 1, 2
x, y = y, x
print(x, y)
x, y = x + y, x * y
print(x, y)
xs = [10, 20, 30, 40]
xs[0], xs[3] = xs[3], xs[0]
print(xs)
i = 1
i, xs[i] = 2, 99
print(i, xs)
xs[1], xs[2] = xs[2], xs[1]
print(xs)
print(fib_pair(10), fib_pair(0), fib_pair(50))
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
a, b, c = "a", "b", "c"
a, b, c = c, a, b
print(a, b, c)
s, t = "hi", "there"
s, t = t, s
print(s, t)
lo, hi = 0, len(xs) - 1
while lo < hi:
    xs[lo], xs[hi] = xs[hi], xs[lo]
    lo, hi = lo + 1, hi - 1
print(xs)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)
f, g = 1.5, -2.5
f, g = g, f
print(f, g)
