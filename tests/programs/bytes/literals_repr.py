# bytes literals (every escape ruff parses), repr/str/print/f-strings
a = b"hello"
b = b'a\x00\'"'
c = b"it's"
d = b'\\\t\n\r\x7f\xff\x80 ~'
e = b""
f = rb"raw\n\x00"
g = b"\101\102\7" b"\o" b"\q"
h = b"line\
cont"
for x in [a, b, c, d, e, f, g, h]:
    print(x, repr(x), str(x), len(x))
print(f"{a} {b!r} {c!s} [{e}]")
print(f"{d=}")
print([a, c], (e, b), {a: 1, c: 2})
print(b'"', b"'\"", b"\x01\x1f")
print(str(b"x") == "b'x'", repr(b"") == "b''")
