# bytes(...), str.encode / bytes.decode, hex and fromhex
print(bytes(), bytes(3), bytes(0), bytes([104, 105]), bytes([]), bytes([0, 255]), bytes(b"ab"))
print(bytes((1, 2, 3)), bytes([True, False]))
print("héllo €".encode(), "abc".encode("utf-8"), "x".encode(encoding="utf8"), "é".encode("latin-1"), "abc".encode("ascii"))
print(b"h\xc3\xa9llo".decode(), b"abc".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"), b"".decode())
print(bytes("caf\u00e9", "utf-8"), "😀".encode(), b"\xf0\x9f\x98\x80".decode())
print(b"\x00\x0f\xff".hex(), b"".hex(), bytes.fromhex("00 0f ff"), bytes.fromhex(""), bytes.fromhex(" 4142\n43 "))
print(bytes.fromhex("AbCd").hex())
s = "round trip ✓"
print(s.encode().decode() == s, len(s), len(s.encode()))
