# error: 2:7: a bytes-like object is required, not 'str'
print("a" in b"abc")
