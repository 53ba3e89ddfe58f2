# error: 8:9: unsupported: del of 'n', which a nested function uses
def outer() -> int:
    n = 1

    def inner() -> int:
        return n

    del n
    return inner()


print(outer())
