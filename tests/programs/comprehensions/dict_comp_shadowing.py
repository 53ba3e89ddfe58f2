# dict and list comprehensions: duplicate keys keep last value, own scope for loop variables, and conditional values.


def squares_upto(n: int) -> dict[int, int]:
    return {i: i * i for i in range(n)}


i = -1
d = {i % 3: i for i in range(10)}
print(d, i)
print({c: c.upper() for c in "hello"})
print({w[0]: w for w in ["apple", "avocado", "banana", "blueberry", "cherry"]})
print(squares_upto(0), squares_upto(5))
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
print({n: ("fizz" if n % 3 == 0 else str(n)) for n in range(1, 7)})
m = {k: len(k) for k in ["a", "bb"]}
print(m)
nested = {r: {c: r * c for c in range(3)} for r in range(1, 3)}
print(nested, nested[2][2])
words = ["Hi", "hi", "HI", "yo"]
print({w.lower(): 0 for w in words}, len({w.lower(): 0 for w in words}))
print([[c for c in w] for w in words if w.isupper()])
total = sum([v for v in squares_upto(6).values() if v % 2 == 1])
print(total)
s = "x"
print([s + str(s) for s in ["a", "b"]], s)
print([x for x in [[1, 2], [3]] if len(x) > 1][0], [str(x) for x in range(3)])
