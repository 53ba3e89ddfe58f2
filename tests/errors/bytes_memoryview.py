# error: 2:8: unsupported builtin: memoryview()
view = memoryview(b"abc")
print(view)
