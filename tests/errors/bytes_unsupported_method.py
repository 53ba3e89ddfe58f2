# error: 2:7: unsupported method: bytes.rsplit()
print(b"a b".rsplit())
