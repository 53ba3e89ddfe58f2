# error: 2:38: unsupported argument: bytes.decode(errors=...)
print(b"\xff".decode("utf-8", errors="replace"))
