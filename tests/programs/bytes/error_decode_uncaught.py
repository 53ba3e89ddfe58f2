# an uncaught UnicodeDecodeError ends the program like CPython
def load(raw: bytes) -> str:
    return raw.decode("utf-8")

print(load(b"fine"))
print(load(b"bad \xff byte"))
