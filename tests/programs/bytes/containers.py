# bytes in lists, tuples and dicts (as keys and values)
keys = [b"b", b"a", b"c", b"a"]
counts: dict[bytes, int] = {}
for k in keys:
    counts[k] = counts.get(k, 0) + 1
print(counts, counts[b"a"], b"c" in counts, b"z" in counts)
print(sorted(keys), min(keys), max(keys), keys.index(b"c"), keys.count(b"a"), b"a" in keys)
pairs = [(b"x", 1), (b"y", 2)]
print(pairs, pairs[0][0], pairs[1][1])
names = {"one": b"\x01", "two": b"\x02"}
print(names, list(names.values()))
t = (b"k", 2)
lookup = {t: "tuple key", (b"j", 1): "other"}
print(lookup[(b"k", 2)], (b"k", 2) in lookup)
nested: list[list[bytes]] = [[b"a"], [], [b"b", b"c"]]
print(nested, [b"a"] == [b"a"], [b"a"] < [b"b"], (b"a", 1) < (b"a", 2))
keys.sort()
print(keys, keys == [b"a", b"a", b"b", b"c"])
def first(xs: list[bytes]) -> bytes:
    return xs[0]
def join_all(parts: list[bytes], sep: bytes = b"") -> bytes:
    return sep.join(parts)
print(first(keys), join_all(keys), join_all(keys, b"|"))
