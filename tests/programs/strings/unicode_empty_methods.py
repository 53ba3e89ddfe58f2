# str methods on empty strings and non-ASCII text: case mapping, strip, split, find, padding with unicode.


def describe(s: str) -> str:
    return f"[{s}] len={len(s)} up={s.upper()!r} low={s.lower()!r} t={s.title()!r}"


for s in ["", "héllo wörld", "ÄÖÜ äöü", "straße", "ǅungla", "ΣΑΣ σας", "日本語 テキスト", "  \t  "]:
    print(describe(s))
print("".split(), "".split(","), " ".join([]), "".strip(), "".center(5, "*"))
print("a,,b,".split(","), ",".split(","), "x".split("x"), "  a  b  ".split())
print("".find(""), "abc".find(""), "abc".rfind(""), "".count(""), "abc".count(""))
print("".startswith(""), "abc".endswith(""), "".isdigit(), "".isalpha(), "".isspace())
print("é".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), "ß".islower(), "ǅ".istitle())
w = "naïve café"
print(w.capitalize(), w.swapcase(), w.casefold(), w.replace("é", "e"))
print(w.center(16, "·"), w.ljust(14, "→") + "|", w.rjust(13, "✓"))
print(w.index("ï"), w.rfind("a"), w[::-1], w[2:7], w.count("a"))
print("STRASSE".casefold() == "straße".casefold(), "straße".upper())
print("x".zfill(4), "-7".zfill(4), "+ü".zfill(5), "".zfill(3))
print("日本".removeprefix("日"), "日本".removesuffix("本"), "abc".removeprefix(""))
print("line1\nline2\r\nline3\r".splitlines(), "".splitlines(), "\n".splitlines())
print("a b c d".rsplit(" ", 2), "a b c d".split(" ", 1), "  x y ".rsplit())
