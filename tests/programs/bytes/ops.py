# bytes operators: indexing, slicing, +, *, comparisons, in, iteration
data = b"Hello, World"
print(data[0], data[-1], data[4], data[-12])
print(data[0:5], data[7:], data[:-3], data[::2], data[::-1], data[-3:-9:-2], data[100:], data[5:2])
print(data + b"!", b"ab" * 3, 2 * b"xy", b"z" * 0, b"q" * -2, True * b"t")
print(data == b"Hello, World", data != b"Hello", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x01", b"" <= b"", b"b" >= b"a")
print(b"a" < b"b" < b"c", b"abc" == b"abc" != b"abd")
print(72 in data, 0 in data, b"World" in data, b"world" not in data, b"" in data, True in b"\x01")
total = 0
for byte in data:
    total += byte
print(total, list(b"abc"), list(b""), sorted(b"cab"), [x * 2 for x in b"\x01\x02"])
print(sum([x for x in data]), max(list(data)), b"abc"[1] == 98)
for i, x in enumerate(b"hi"):
    print(i, x)
print(len(b"" + b""), bool(b""), bool(b"\x00"), not b"")
if data:
    print("truthy")
y = b"a"
y += b"b"
y *= 2
print(y)
print(isinstance(data, bytes), isinstance("s", bytes))
