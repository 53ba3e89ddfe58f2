# The str method set, against CPython.


def show(label: str, value: str) -> None:
    print(f"{label:>12}: {value!r}")


text = "  Hello, World! héllo wörld  "
show("strip", text.strip())
show("lstrip", text.lstrip())
show("rstrip", text.rstrip())
show("strip x", "xxhixx".strip("x"))
show("upper", text.upper())
show("lower", text.lower())
show("title", "the quick-brown fox's den".title())
show("capitalize", "hELLO wORLD".capitalize())
show("swapcase", "Hello ÄÖÜ ß".swapcase())
show("casefold", "Straße".casefold())
print("a,b,,c".split(","), "  a  b c ".split(), "a b c d".split(" ", 2))
print("a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines())
print("x\ny\n".splitlines(True), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), ", ".join([]), "".join(["x", "y"]))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "abc".replace("", "-"))
print("banana".find("an"), "banana".rfind("an"), "banana".find("x"), "banana".find("a", 2), "banana".find("a", 2, 3))
print("banana".count("a"), "banana".count("an", 2), "banana".index("n"), "banana".rindex("n"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith("lo"))
for s in ["123", "abc", "abc123", "   ", "ABC", "abc", "Title Case", "x_1", "1x", "", "½", "٣"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
print("42".zfill(5), "-42".zfill(5), "abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6, "."))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
print(ord("A"), ord("é"), ord("€"), chr(65), chr(233), chr(0x1F600))
words = "the cat and the hat and the bat".split()
counts: list[str] = []
for w in words:
    if w not in counts:
        counts.append(w)
print(counts, len(counts))
