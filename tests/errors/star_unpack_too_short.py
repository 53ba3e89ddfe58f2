# error: 3:1: not enough values to unpack (expected at least 3, got 2)
t = (1, 2)
a, b, *c, d = t
