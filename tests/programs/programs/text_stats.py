# Text statistics over a string literal: words, sentences, letter frequencies, longest word.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us, we had nothing before us! Were we all going direct to Heaven? Yes."""

LETTERS = "abcdefghijklmnopqrstuvwxyz"
CAPS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def is_letter(ch: str) -> bool:
    return ch in LETTERS or ch in CAPS


def lower(ch: str) -> str:
    i = 0
    while i < 26:
        if CAPS[i] == ch:
            return LETTERS[i]
        i += 1
    return ch


def main() -> None:
    chars = 0
    lines = 1
    words = 0
    sentences = 0
    in_word = False
    word = ""
    longest = ""
    the_count = 0
    for ch in TEXT:
        chars += 1
        if ch == "\n":
            lines += 1
        if ch == "." or ch == "!" or ch == "?":
            sentences += 1
        if is_letter(ch):
            if not in_word:
                words += 1
                in_word = True
            word += lower(ch)
        else:
            if in_word:
                if len(word) > len(longest):
                    longest = word
                if word == "the":
                    the_count += 1
            in_word = False
            word = ""
    if in_word and len(word) > len(longest):
        longest = word
    print(f"chars={chars} lines={lines} words={words} sentences={sentences}")
    print(f"longest word: {longest!r} ({len(longest)} letters)")
    print(f"'the' appears {the_count} times; 'it was' in text: {'it was' in TEXT}")
    total_letters = 0
    for ch in TEXT:
        if is_letter(ch):
            total_letters += 1
    for target in LETTERS:
        n = 0
        for ch in TEXT:
            if lower(ch) == target:
                n += 1
        if n > 0:
            bar = "#" * (n * 60 // total_letters)
            print(f"{target} {n:>3} {n / total_letters:6.2%} {bar}")
    print(f"average word length: {total_letters / words:.3f}")


main()
