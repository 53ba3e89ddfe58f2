# An untyped word-frequency script: empty containers typed by their use.

TEXT = """the quick brown fox jumps over the lazy dog
The dog barks and the fox runs
a quick end"""

stop = set()
stop.add("a")
stop.add("and")


def tokenize(text):
    words = []
    for line in text.splitlines():
        for w in line.split():
            w = w.lower().strip(".,")
            if w not in stop:
                words.append(w)
    return words


def count(words):
    counts = {}
    print("start:", counts, len(counts))
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def by_length(words):
    groups = {}
    for w in words:
        if len(w) not in groups:
            groups[len(w)] = [w]
        else:
            groups[len(w)].append(w)
    return groups


def top(counts, n):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    best = []
    for word, c in ranked[:n]:
        best += [f"{word}={c}"]
    return best


words = tokenize(TEXT)
print(len(words), words[:5])
counts = count(words)
print(counts)
print(top(counts, 3))
groups = by_length(words)
for k in sorted(groups):
    print(k, groups[k])

lengths = {}
for w in words:
    lengths[w] = len(w)
print(max(lengths.values()), sorted(lengths)[:3])

seen = set()
dupes = []
for w in words:
    if w in seen:
        dupes.append(w)
    seen.add(w)
print(sorted(seen)[:4], dupes)


def wrap(x):
    out = []
    out.append(x)
    out.append(x)
    return out


print(wrap(1), wrap("s"), wrap(2.5))
