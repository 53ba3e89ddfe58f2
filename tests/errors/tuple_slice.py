# error: 3:7: unsupported syntax: slicing a tuple
t = (1, 2, 3)
print(t[1:])
