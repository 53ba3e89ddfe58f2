# error: 3:11: unsupported syntax: *args parameters in a nested function
def outer() -> int:
    def g(*xs: int) -> int:
        return len(xs)

    return 1


print(outer())
