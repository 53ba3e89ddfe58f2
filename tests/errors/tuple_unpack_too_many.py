# error: 3:1: too many values to unpack (expected 2)
point = (1, 2, 3)
x, y = point
