"""A module whose __all__ picks what a star import binds."""

__all__ = ["greet", "LIMIT"]

LIMIT = 10


def greet(name: str) -> str:
    return "hello " + name


def farewell(name: str) -> str:
    return "bye " + name
