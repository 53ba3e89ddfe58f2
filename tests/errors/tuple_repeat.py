# error: 2:7: unsupported: repeating a tuple[int, str], whose items have different types
print((1, "a") * 3)
