# error: 5:34: unsupported: a variable range() step in a generator expression


def evens(step: int) -> int:
    g = (i for i in range(0, 10, step))
    return next(g)


print(evens(2))
