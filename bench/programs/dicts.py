# Dicts and lists: count the words of a generated 3.5 MB text in a
# dict[str, int] (with `d.get(w, 0) + 1`) and record each word's first
# position (with `if w not in d`), rank the words by count with sorted(), then
# run 10 million lookups in a dict[int, int] of 100,000 keys, and build, sum,
# search and filter a list[int] of a million items. The C and Rust peers run
# the same algorithm with hash tables of their own (C) or std's HashMap (Rust)
# and print the same lines.


def make_vocab() -> list[str]:
    """4096 three-syllable words."""
    syl: list[str] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
        "be", "do", "fu", "ga", "hi", "ju", "pe", "zo",
    ]
    vocab: list[str] = []
    for a in syl:
        for b in syl:
            for c in syl:
                vocab.append(a + b + c)
    return vocab


def make_text(n: int, seed: int) -> str:
    """n words joined with spaces; word i of the vocabulary is picked with a
    probability falling off like 1/sqrt(i), so the counts differ."""
    vocab = make_vocab()
    words: list[str] = []
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        r = state // 65536
        words.append(vocab[r * r // 262144])
    return " ".join(words)


def word_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def first_positions(text: str) -> dict[str, int]:
    first: dict[str, int] = {}
    i = 0
    for w in text.split():
        if w not in first:
            first[w] = i
        i += 1
    return first


def top(counts: dict[str, int], k: int) -> list[str]:
    """The k most frequent words, ties broken alphabetically: sort keys that
    put the count (descending) before the word."""
    ranked = sorted([f"{10000000 - counts[w]:08d} {w}" for w in counts])
    return [r[9:] for r in ranked[:k]]


def int_lookups(n_keys: int, n_lookups: int) -> None:
    """Keys i * 7919 % p for i < n_keys; the lookups walk all residues mod p
    with stride 4099, so hits are scattered over the dict (about n_keys / p
    of them)."""
    d: dict[int, int] = {}
    for i in range(n_keys):
        d[i * 7919 % 1000003] = i
    hits = 0
    total = 0
    k = 0
    for j in range(n_lookups):
        k = (k + 4099) % 1000003
        v = d.get(k, -1)
        if v >= 0:
            hits += 1
            total += v
    print(f"int dict: {len(d)} keys, {n_lookups} lookups, {hits} hits, total {total}")


def list_ops(n: int) -> None:
    xs: list[int] = []
    for i in range(n):
        xs.append(i * 31 % 1000)
    found = 0
    for q in range(1000):
        found += xs.index(q)
    evens = [x for x in xs if x % 2 == 0]
    print(f"list: {len(xs)} items, sum {sum(xs)}, index total {found}, {len(evens)} even, sum {sum(evens)}")


def main() -> None:
    text = make_text(500000, 7)
    counts = word_counts(text)
    first = first_positions(text)
    print(f"text: {len(text)} chars, {len(counts)} distinct words")
    for w in top(counts, 10):
        print(f"{w} {counts[w]} first at {first[w]}")
    int_lookups(100000, 10000000)
    list_ops(1000000)


main()
