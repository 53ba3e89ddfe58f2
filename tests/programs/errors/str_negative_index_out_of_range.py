# IndexError from a too-negative string index.

s = "abc"
print(s[-1], s[-2], s[-3])
print(s[-4])
