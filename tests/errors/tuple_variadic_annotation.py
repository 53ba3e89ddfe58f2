# error: 4:15: unsupported type annotation: '...' in a tuple type other than tuple[T, ...]


def total(xs: tuple[..., int]) -> int:
    return 0
