names = ["a"]
__all__ = names


def a() -> int:
    return 1
