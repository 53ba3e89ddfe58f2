# dicts holding lists and dicts, grouping and counting, get with defaults, membership, and equality independent of order.


def group_by_len(words: list[str]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for w in words:
        if len(w) not in out:
            empty: list[str] = []
            out[len(w)] = empty
        out[len(w)].append(w)
    return out


def char_counts(s: str) -> dict[str, int]:
    c: dict[str, int] = {}
    for ch in s:
        c[ch] = c.get(ch, 0) + 1
    return c


words = ["to", "be", "or", "not", "to", "be", "that", "is", "the", "question"]
g = group_by_len(words)
print(g)
print(sorted(g), sorted(g, reverse=True), [len(g[k]) for k in sorted(g)])
cc = char_counts("mississippi")
print(cc, max(cc.values()), sorted(cc.keys()), sum(cc.values()))
best = ""
for k in cc:
    if best == "" or cc[k] > cc[best]:
        best = k
print(best, cc[best])
table: dict[str, dict[str, int]] = {}
for a in ["x", "y"]:
    row: dict[str, int] = {}
    table[a] = row
    for b in ["p", "q", "r"]:
        table[a][b] = len(a + b) * (ord(b) - ord("p"))
table["x"]["q"] += 100
print(table, table["y"].get("z", -1), "q" in table["x"])
print(char_counts("") == {}, char_counts("ab") == char_counts("ba"))
inv: dict[int, list[str]] = {}
for ch, n in cc.items():
    if n not in inv:
        inv[n] = [ch]
    else:
        inv[n].append(ch)
print(inv)
print(len(table), len(table["x"]), list(table.keys()), list(table["x"].values()))
