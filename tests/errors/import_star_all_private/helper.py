__all__ = ["shown"]


def shown() -> int:
    return 1


def hidden() -> int:
    return 2
