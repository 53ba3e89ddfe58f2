# error: 4:15: unsupported type annotation: variable-length tuple[T, ...]


def total(xs: tuple[int, ...]) -> int:
    return sum(xs)
