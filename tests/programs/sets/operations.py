# Set methods and operators; results must iterate in CPython's order.
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(b, [100, 7, 64], (1, 2)), a.union(), a.union(a))
print(a.intersection(b, range(10, 30)), a.intersection())
print(a.difference(b, [3, 6]), a.difference([9]), a.difference(set(range(100))))
print(a.symmetric_difference([1, 2, 3, 99, 0]), a.symmetric_difference(b))
print(a.issubset(range(50)), a.issuperset([3, 6]), a.isdisjoint({1, 2}), a.isdisjoint(b))
print(a < b, a <= a, a < a, {3} < a, a > {3}, a >= {3, 4}, a == set(a), a != b)
c = set(a)
c |= b
print(c)
c &= {0, 3, 5, 6, 10, 11}
print(c)
c -= {0}
print(c)
c ^= {6, 7, 8}
print(c)
c.update([50, 51], {52}, range(3))
print(c)
c.intersection_update(range(0, 60, 2), [50, 52, 0, 2, 8])
print(c)
c.difference_update({8})
print(c)
c.symmetric_difference_update([1, 1, 2, 99])
print(c)
d = set(range(64))
for i in range(0, 64, 2):
    d.remove(i)
print(d)
print(d - set(range(10)))
d.difference_update(range(40))
print(d)
x = d.copy()
x.add(1)
print(x, d)
p = {10, 20, 30, 40, 50, 60}
order: list[int] = []
while p:
    order.append(p.pop())
print(order)
q = {3, 1, 4, 1, 5, 9, 2, 6}
print(q.pop(), q.pop(), q)
q.clear()
q.add(7)
print(q, q.pop(), q)
w = {1.0, 2.5, -3.0}
print(w | {4.0}, w & {2.5})
t = {(1, "a"), (2, "b")}
t.add((1, "a"))
print(sorted(t), (2, "b") in t, (3, "c") in t)
strs = {"pear", "apple", "fig"}
strs |= {"kiwi"}
print(sorted(strs), sorted(strs - {"fig"}), len(strs & {"apple", "x"}))
dd = {"x": 1, "y": 2}
print(sorted({"y", "z"} - set(dd)), sorted({"y", "z"}.intersection(dd)), sorted({"y"}.union(dd)))
def grow(s: set[int], n: int) -> set[int]:
    for i in range(n):
        s.add(i * 8)
    return s
g: set[int] = set()
print(grow(g, 12), g)
