# error: 2:7: unsupported syntax: repeating a tuple (t * n)
print((1, 2) * 3)
