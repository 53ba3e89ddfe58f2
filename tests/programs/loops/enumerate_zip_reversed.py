# for-loop forms over sequences: enumerate, zip, reversed, and parallel
# assignment, against CPython.


def fib_iter(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


names = ["ada", "grace", "edsger"]
ages = [36, 85, 72, 99]
for i, name in enumerate(names):
    print(i, name)
for i, ch in enumerate("héllo", start=10):
    print(i, ch, end="; ")
print()
for name, age in zip(names, ages):
    print(f"{name:>8} is {age}")
for a, b, c in zip("abc", [1, 2, 3], [True, False, True]):
    print(a, b, c)
for x in reversed(ages):
    print(x, end=" ")
print()
for ch in reversed("stressed"):
    print(ch, end="")
print()
for i, n in enumerate(names, 1):
    print(i, n)
print(fib_iter(10), fib_iter(50))
x, y, z = 1, "two", 3.0
print(x, y, z)
x, z = 5, 6.5
print(x, z)
s, t = "left", "right"
s, t = t, s
print(s, t)
grow = [1, 2, 3]
for i, v in enumerate(grow):
    if i < 3:
        grow.append(v * 10)
print(grow)
total = 0
for v in reversed(grow):
    total += v
else:
    print("reversed loop finished, total", total)
for p, q in zip(grow, names):
    if q == "grace":
        break
    print(p, q)
else:
    print("not reached")
