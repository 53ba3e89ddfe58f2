# str methods around separators: split with maxsplit, rsplit, partitions via find, replace with count, join of edge cases.


def fields(line: str, sep: str) -> list[str]:
    return [f.strip() for f in line.split(sep)]


def between(s: str, a: str, b: str) -> str:
    i = s.find(a)
    if i < 0:
        return ""
    j = s.find(b, i + len(a))
    if j < 0:
        return ""
    return s[i + len(a):j]


print(fields(" a , b ,, c ", ","))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a-b".split("-", 0), "abc".split("-"))
print("a  b\t\nc".split(None, 1) if False else "a  b\t\nc".split(), "1<>2<>3".split("<>"))
print(between("key=[value] rest", "[", "]"), between("no brackets", "[", "]"), between("[open", "[", "]"))
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "c"), "abc".replace("", "-"), "x".replace("x", ""))
print("aaaa".count("aa"), "abababa".find("aba", 1), "abababa".rfind("aba"), "abababa".rfind("aba", 0, 5))
print("hello".find("l", -2), "hello".index("o"), "hello".rindex("l"), "hello".find("z"))
print("".join(["x"]), "-".join(["", ""]), ", ".join(["a", "b", "c"]), "".join([]), "ab".join(["1", "2", "3"]))
print("Hello World"[6:].startswith("World"), "Hello"[0:4].endswith("ell"), "abc".startswith("abcd"))
print("  padded  ".lstrip(), "|", "xxhixx".strip("x"), "abcba".strip("ab"), "..a.".rstrip("."))
print("one two  three".title(), "hELLO wORLD".capitalize(), "it's a test".title())
print("ab12".isalnum(), "ab 12".isalnum(), "ABC".isupper(), "AbC".isupper(), "123".isdecimal())
csv = "name,age\nann,30\nbob,25\n"
rows = [r.split(",") for r in csv.splitlines()]
print(rows, [r[0].upper() for r in rows[1:]])
print("=".join([str(i) for i in range(3)]), "%".join(["%", "%"]))
