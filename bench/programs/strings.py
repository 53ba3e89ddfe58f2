# String building and scanning: build a 2.8 MB text from a fixed word list
# (an LCG picks 500,000 words, joined with spaces), then split it, test
# prefixes and suffixes of every word, upper-case it, run replace/count/find
# passes over it, capitalize every word into a new text, and format 200,000
# rows of numbers with f-strings into one string. Every step prints a length
# or count, and a hash of every 11th character (str indexing and ord) catches
# a wrong character. The text is ASCII; the C and Rust peers run the same
# algorithm on its bytes and print the same lines.


def make_words(n: int, seed: int) -> list[str]:
    vocab: list[str] = [
        "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
        "and", "then", "stops", "start", "string", "stream", "python", "compiler",
        "ahead", "of", "time", "native", "code", "fast", "slow", "stack",
        "heap", "static", "typed", "value", "state", "store", "sand", "andes",
    ]
    nv = len(vocab)
    out: list[str] = []
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(vocab[state // 65536 % nv])
    return out


def checksum(s: str, step: int) -> int:
    """A polynomial hash of every step-th character."""
    h = 0
    i = 0
    n = len(s)
    while i < n:
        h = (h * 31 + ord(s[i])) % 1000000007
        i += step
    return h


def count_find(text: str, sub: str) -> int:
    """Occurrences of sub, overlapping ones included, found with str.find."""
    n = 0
    pos = text.find(sub)
    while pos >= 0:
        n += 1
        pos = text.find(sub, pos + 1)
    return n


def main() -> None:
    words = make_words(500000, 42)
    text = " ".join(words)
    print(f"text: {len(text)} chars, checksum {checksum(text, 11)}")

    parts = text.split()
    with_st = 0
    with_and = 0
    for w in parts:
        if w.startswith("st"):
            with_st += 1
        if w.endswith("and"):
            with_and += 1
    print(f"words: {len(parts)}, starting with 'st': {with_st}, ending with 'and': {with_and}")

    up = text.upper()
    e_count = up.count("E")
    rep = up.replace("THE ", "").replace("AND", "&").replace("S", "sss")
    print(f"upper: {len(up)} chars, {e_count} E; replaced: {len(rep)} chars, checksum {checksum(rep, 11)}")

    print(f"find: 'and' {count_find(text, 'and')}, 'st' {count_find(text, 'st')}, 'a' {count_find(text, 'a')}")

    caps = [w.capitalize() for w in parts]
    titled = "-".join(caps)
    print(f"capitalized: {len(titled)} chars, checksum {checksum(titled, 11)}")

    cells: list[str] = []
    for i in range(200000):
        cells.append(f"{i}:{i * 37 % 1000:03d}:{i / 7.0:.3f};")
    table = "".join(cells)
    print(f"table: {len(cells)} cells, {len(table)} chars, checksum {checksum(table, 11)}")


main()
