# A realistic untyped script: word statistics over a text.
TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A quick end to a quick story."""


def clean(raw):
    return raw.strip(".,;!?").lower()


def words_of(text):
    return [clean(raw) for raw in text.split() if clean(raw)]


def frequencies(words):
    counts = {w: 0 for w in words}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top(counts, n=3):
    pairs = sorted(sorted(counts.items()), key=lambda kv: -kv[1])
    return pairs[:n]


def average_length(words):
    if not words:
        return 0.0
    total = 0
    for w in words:
        total += len(w)
    return total / len(words)


def longest(words):
    best = ""
    for w in words:
        if len(w) > len(best):
            best = w
    return best


def line_report(text):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        print(f"{i + 1}: {len(words_of(line))} words")
    return len(lines)


def main():
    words = words_of(TEXT)
    counts = frequencies(words)
    print("words:", len(words))
    print("distinct:", len(counts))
    for word, n in top(counts):
        print(f"{word:>6} {n}")
    print("top 1:", top(counts, 1))
    print(f"average length: {average_length(words):.3f}")
    print("longest:", longest(words))
    print("lines:", line_report(TEXT))
    print(average_length(words_of("")))
    print(frequencies([1, 2, 2, 3, 3, 3]))


main()
