# error: 3:14: unsupported syntax: keyword-only parameters in a nested function
def outer() -> int:
    def g(*, k: int) -> int:
        return k

    return 1


print(outer())
