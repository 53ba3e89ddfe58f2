from collections import defaultdict, Counter
import collections


def group(words: list[str]) -> defaultdict[int, list[str]]:
    out: defaultdict[int, list[str]] = defaultdict(list)
    for w in words:
        out[len(w)].append(w)
    return out


def total(d: dict[int, list[str]]) -> int:
    n = 0
    for k in d:
        n += len(d[k])
    return n


g = group(["a", "bb", "cc", "d", "eee"])
print(g)
print(g[7])
print(g)
print(total(g))
print(len(g), 2 in g, 9 in g, g.get(10, []))
print(g)

counts: defaultdict[str, int] = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(dict(counts))
print(sorted(counts.items()))

fl: defaultdict[str, float] = defaultdict(float)
fl["x"] += 1.5
print(fl, fl["y"])
s: defaultdict[str, str] = defaultdict(str)
s["a"] += "hi"
print(s)
st: defaultdict[int, set[str]] = defaultdict(set)
st[1].add("q")
st[1].add("q")
print(st)
nested: defaultdict[str, dict[str, int]] = defaultdict(dict)
nested["a"]["b"] = 1
print(nested)

base = 10
lam: defaultdict[str, int] = defaultdict(lambda: base * 2)
lam["a"] += 1
print(lam["b"], dict(lam))


def make() -> list[int]:
    return [0]


fn: defaultdict[str, list[int]] = collections.defaultdict(make)
fn["z"].append(3)
print(fn["z"], len(fn))
dd2: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
dd2["x"]["y"] += 2
print(dd2["x"]["y"], dict(dd2["x"]))
cp = counts.copy()
cp["zz"] += 1
print(len(cp), len(counts))
pl: dict[str, int] = defaultdict(int)
pl["q"] += 5
print(pl)
fb: defaultdict[str, bool] = defaultdict(bool)
print(fb["x"], fb)
