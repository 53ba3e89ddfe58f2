# startswith/endswith with start and end: slice-style bounds, tuples, bytes.
s = "hello world"
for a in [-20, -5, -1, 0, 1, 3, 6, 11, 12, 20]:
    print(a, s.startswith("wor", a), s.endswith("lo", 0, a), s.startswith("", a), s.endswith(("x", "ld"), a),
          s.startswith(("he", "wo"), a, a + 5), s.startswith("", a, 2), s.endswith("", a, -3))
u = "héllo wörld"
print(u.startswith("wö", 6), u.endswith("ö", 0, 8), u.startswith("llo", 2, 5), u.startswith("llo", 2, 4))
b = b"hello world"
for a in [-20, -5, 0, 6, 11, 12]:
    print(a, b.startswith(b"wor", a), b.endswith(b"lo", 0, a), b.startswith(b"", a), b.endswith((b"x", b"ld"), a))
print("abc".startswith("", 3), "abc".startswith("", 4), b"ab".endswith(b"", 5))
