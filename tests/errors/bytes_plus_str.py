# error: 2:7: can't concat str to bytes
print(b"abc" + "def")
