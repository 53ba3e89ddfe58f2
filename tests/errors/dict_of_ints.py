# error: 2:12: unsupported: dict() of int items
print(dict([1, 2]))
