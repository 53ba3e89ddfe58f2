# Iterating over strings yields code points.


def count_vowels(s: str) -> int:
    n = 0
    for ch in s:
        if ch in "aeiouAEIOUéö":
            n += 1
    return n


def reverse(s: str) -> str:
    out = ""
    for ch in s:
        out = ch + out
    return out


def spaced(s: str) -> str:
    out = ""
    for ch in s:
        if out != "":
            out += " "
        out += ch
    return out


def main() -> None:
    words = ["hello", "héllo wörld", "日本語", "", "AEIOU and sometimes y"]
    for w in words:
        print(repr(w), len(w), count_vowels(w), repr(reverse(w)), repr(spaced(w)))
    for ch in "añ☃":
        print(ch, repr(ch), len(ch))
    n = 0
    for ch in "mississippi":
        if ch == "s":
            n += 1
    print("s count:", n)


main()
