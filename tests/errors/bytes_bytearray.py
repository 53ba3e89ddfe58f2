# error: 2:7: unsupported builtin: bytearray()
buf = bytearray(b"abc")
print(buf)
