# error: 6:7: unsupported: unpacking arguments (*xs, **d) into add(), whose parameter 'a' is unannotated
def add(a, b):
    return a + b


print(add(*[1, 2]))
