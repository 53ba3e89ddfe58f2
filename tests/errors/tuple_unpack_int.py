# error: 2:5: cannot unpack non-iterable int object
for a, b in range(3):
    print(a, b)
