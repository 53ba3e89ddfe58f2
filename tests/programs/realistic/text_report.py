# Text report: word frequencies kept in parallel lists, the longest words,
# a letter histogram with bars, and a fully justified re-wrap of the paragraph.

TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react; the fox was Quick and clever! Foxes and dogs -- who knew?
A lazy afternoon: the sun, the grass, and one very quick brown fox."""


def clean_word(raw: str) -> str:
    word = raw.strip(".,;:!?-\"'").lower()
    return word


def split_words(text: str) -> list[str]:
    words: list[str] = []
    for raw in text.split():
        w = clean_word(raw)
        if w != "" and w.isalpha():
            words.append(w)
    return words


def frequencies(words: list[str], keys: list[str], counts: list[int]) -> None:
    for w in words:
        if w in keys:
            k = keys.index(w)  # pyaot: counts[keys.index(w)] += 1 is rejected today
            counts[k] += 1
        else:
            keys.append(w)
            counts.append(1)


def top_n(keys: list[str], counts: list[int], n: int) -> list[str]:
    # selection of the n most frequent keys; ties broken alphabetically
    order = keys.copy()
    cnt = counts.copy()
    result: list[str] = []
    while len(result) < n and len(order) > 0:
        best = 0
        for i in range(1, len(order)):
            if cnt[i] > cnt[best] or (cnt[i] == cnt[best] and order[i] < order[best]):
                best = i
        result.append(f"{order[best]}={cnt[best]}")
        order.pop(best)
        cnt.pop(best)
    return result


def letter_histogram(text: str, width: int = 30) -> None:
    counts = [0] * 26
    for ch in text.lower():
        if "a" <= ch <= "z":
            slot = ord(ch) - ord("a")
            counts[slot] += 1
    peak = max(counts[0], 1)
    for c in counts:
        peak = max(peak, c)
    for i in range(26):
        if counts[i] == 0:
            continue
        bar = "#" * (counts[i] * width // peak)
        print(f"  {chr(ord('a') + i)} {counts[i]:3d} |{bar}")


def justify(words: list[str], width: int) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    length = 0
    for w in words:
        if length + len(w) + len(current) > width and len(current) > 0:
            gaps = len(current) - 1
            spaces = width - length
            if gaps == 0:
                lines.append(current[0].ljust(width))
            else:
                line = ""
                for i, cw in enumerate(current):
                    line += cw
                    if i < gaps:
                        extra = 1 if i < spaces % gaps else 0
                        line += " " * (spaces // gaps + extra)
                lines.append(line)
            current.clear()  # pyaot: `current = []` on a typed variable is rejected
            length = 0
        current.append(w)
        length += len(w)
    lines.append(" ".join(current).ljust(width))
    return lines


words = split_words(TEXT)
keys: list[str] = []
counts: list[int] = []
frequencies(words, keys, counts)
print(f"{len(words)} words, {len(keys)} distinct, {len(TEXT.splitlines())} lines")
print("top 5:", ", ".join(top_n(keys, counts, 5)))

by_length = keys.copy()
by_length.sort()
longest: list[str] = []
best_len = 0
for w in by_length:
    if len(w) > best_len:
        best_len = len(w)
        longest = [w]
    elif len(w) == best_len:
        longest.append(w)
print(f"longest ({best_len} letters): {longest}")
total_len = 0
for w in words:
    total_len += len(w)
print(f"average word length: {total_len / len(words):.3f}")
print("letters:")
letter_histogram(TEXT, width=20)
print("justified to 34 columns:")
for line in justify(TEXT.split(), 34):
    print(f"|{line}|")
