# error: 3:7: unsupported syntax: slicing a tuple whose elements have different types
t = (1, "a", 3)
print(t[1:])
