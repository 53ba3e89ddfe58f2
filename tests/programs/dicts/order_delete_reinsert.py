# dict insertion order after deletes, re-inserts, updates of existing keys, pop and setdefault.


def keys_of(d: dict[str, int]) -> list[str]:
    out: list[str] = []
    for k in d:
        out.append(k)
    return out


d: dict[str, int] = {}
for i, k in enumerate(["a", "b", "c", "d", "e"]):
    d[k] = i
print(d)
del d["b"]
d["b"] = 10
print(d, keys_of(d))
d["a"] = 99
print(d)
print(d.pop("c"), d.pop("zz", -1), d)
d["c"] = 3
print(d.setdefault("c", 100), d.setdefault("f", 5), d)
d.update({"a": 0, "g": 7})
print(d)
for k in ["d", "e", "a"]:
    del d[k]
print(d, len(d))
for k in ["e", "a", "d"]:
    d[k] = len(d)
print(d)
n: dict[int, str] = {}
for i in range(10):
    n[i * 7 % 10] = str(i)
for i in range(0, 10, 3):
    del n[i]
print(n, list(n.keys()) == [k for k in n])
n[0] = "zero"
n[3] = "three"
print(n)
total = 0
for ik, v in n.items():
    total += ik * len(v)
print(total, sum(n.keys()), sorted(n.values()))
e = d.copy()
e.clear()
print(e, d == d.copy(), {1: 2, 3: 4} == {3: 4, 1: 2})
f: dict[float, bool] = {1.0: True, 2.5: False}
f[1.0] = False
f[-0.0] = True
print(f, 1.0 in f, 0.0 in f, 2.5 in f)
