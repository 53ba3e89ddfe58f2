# Indexing (incl. negative) and slicing with steps, on ASCII and non-ASCII text.


def show_slices(s: str) -> None:
    print(repr(s), len(s))
    print(" ", s[0], s[-1], s[len(s) // 2])
    print(" ", s[1:4], s[:3], s[3:], s[-3:], s[:-3], s[:], s[::-1])
    print(" ", s[::2], s[1::2], s[1:8:2], s[::-2], s[-1:-5:-1], s[5:1:-1])
    print(" ", repr(s[100:]), repr(s[5:2]), s[-100:2], s[2:100], repr(s[3:3]))


def main() -> None:
    show_slices("abcdefghij")
    show_slices("héllo wörld")
    show_slices("日本語のテキスト")
    s = "Python"
    i = 0
    while i < len(s):
        print(i, s[i], s[-1 - i])
        i += 1
    print(s[0] + s[-1], s[1:3] * 2, s[::-1][0])
    word = "racecar"
    print(word == word[::-1], "python" == "python"[::-1])
    empty = ""
    print(repr(empty[::-1]), len(empty), repr(empty[0:5]))
    print("abcdef"[-2:], "abcdef"[:-2:2], "abcdef"[10:-10:-1])


main()
