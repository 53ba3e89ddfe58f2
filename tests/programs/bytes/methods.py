# bytes methods
t = b"  the cat and the hat  "
print(t.count(b"the"), t.count(b"t"), t.count(116), t.count(b""), t.count(b"t", 5), t.count(b"t", 5, 10))
print(t.find(b"cat"), t.find(b"dog"), t.find(97), t.rfind(b"the"), t.rfind(b"x"), t.find(b"t", 3, 7), t.find(b"", 100))
print(t.index(b"and"), t.rindex(b"t"), t.index(104, 5))
print(t.startswith(b"  the"), t.endswith(b"hat"), t.endswith(b"hat  "), b"".startswith(b""))
print(t.split(), t.split(b" "), t.split(None, 2), t.split(b"the", 1), b"a,b,,c".split(b","), b"".split(), b"".split(b","))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join([b"x"]), b"+".join((b"1", b"2")))
print(t.strip(), t.lstrip(), t.rstrip(), b"xxhixx".strip(b"x"), b"abcba".lstrip(b"ab"), b"abcba".rstrip(b"ab"), b"\t\n\x0b\x0c\r x \r\n".strip())
print(t.replace(b"the", b"a"), t.replace(b"t", b"T", 2), b"ab".replace(b"", b"-"), b"aaa".replace(b"a", b""), b"abc".replace(b"x", b"y"))
print(b"Hello \xff World".upper(), b"Hello \xff World".lower(), b"123".isdigit(), b"12a".isdigit(), b"".isdigit(), b"abc".isalpha(), b"ab1".isalpha(), b"".isalpha(), b"\xe9".isalpha())
