# error: 3:4: unsupported syntax: starred assignment targets (*rest)
t = (1, 2, 3)
a, *rest = t
