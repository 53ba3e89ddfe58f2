# collections.deque: construction, every method, indexing, maxlen, printing,
# comparison, consumers, and CPython's errors.
from collections import deque
from typing import Deque, Iterable


def total(xs: Iterable[int]) -> int:
    n = 0
    for x in xs:
        n += x
    return n


d: deque[int] = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.appendleft(0)
d.extend([2, 3, 4])
d.extendleft(range(3))
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-1)
print(d, d[0], d[-1])
d.rotate(13)
print(d)
d[1] = 99
d[0] += 5
print(d, 99 in d, 7 not in d, d.count(1), d.index(99), d.index(0, 3))
d.remove(99)
d.reverse()
print(d, list(d), sorted(d), sum(d), min(d), max(d), total(d))
e = d.copy()
print(e == d, e != d, e == deque([1]))
e.clear()
print(e, d)

# maxlen drops from the other end; copy keeps it.
q = deque([1, 2, 3], maxlen=3)
q.append(4)
q.appendleft(0)
print(q, q.maxlen, q.copy())
q.extendleft([7, 8])
print(q)
z: deque[int] = deque([], maxlen=0)
z.append(1)
z.extend(range(5))
print(z, str(q), repr(q), f"<{q}>")
print(deque(range(4), None), deque(maxlen=2, iterable=[5, 6, 7]))

# Other element types and sources.
w: Deque[str] = deque("abc")
for ch in w:
    print(ch, end=" ")
print()
print([x * 2 for x in d], {x for x in d})
print(deque(x * x for x in range(5)), deque((1, 2)), deque({"k": 1, "j": 2}))
pairs = deque([(0, 1), (2, 3)])
print(pairs, pairs.popleft()[1], pairs)
words: deque[str] = deque()
words.extend(["to", "be", "or"])
print(" ".join(words), ", ".join(sorted(words)))
nested: list[deque[int]] = [deque([1]), deque([2, 3], maxlen=4)]
print(nested, nested[0] == deque([1]))
d.extend(d)
print(d)

# Errors, worded as CPython's.
try:
    for x in d:
        d.append(x)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    for x in d:
        if x == 7:
            d.rotate(1)
except RuntimeError as err:
    print("RuntimeError:", err)
for x in d:
    d[0] = x  # assignment and reverse() are not mutations for iterators
    d.reverse()
print(d)
empty: deque[float] = deque()
try:
    empty.pop()
except IndexError as err:
    print("IndexError:", err)
try:
    empty.popleft()
except IndexError as err:
    print("IndexError:", err)
try:
    print(d[100])
except IndexError as err:
    print("IndexError:", err)
try:
    d[-100] = 1
except IndexError as err:
    print("IndexError:", err)
try:
    d.index(12345)
except ValueError as err:
    print("ValueError:", err)
try:
    w.remove("zz")
except ValueError as err:
    print("ValueError:", err)
try:
    deque([1], maxlen=-1)
except ValueError as err:
    print("ValueError:", err)
d.append(0)
for x in d:
    if x == 0:
        d.popleft()
