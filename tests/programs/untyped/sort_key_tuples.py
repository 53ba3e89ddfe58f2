# Sort keys that are tuples of orderable items (most frequent first, then
# alphabetical): the usual way to sort by several fields.
d = {"b": 2, "a": 2, "c": 5, "d": 1}
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
xs = ["bb", "a", "ccc", "dd"]
xs.sort(key=lambda s: (len(s), s))
print(xs)
print(max(xs, key=lambda s: (len(s), s)), min(xs, key=lambda s: (len(s), s)))
pts = [(1, 2.5), (0, 3.0), (1, 1.0)]
print(sorted(pts, key=lambda p: (p[1], p[0]), reverse=True))
words = ["x", "yy", "z"]
print(sorted(words, key=lambda w: (len(w), (w, True))))


def rank(name):
    return (len(name), name.lower())


print(sorted(["Bob", "al", "Cy", "dave"], key=rank))
