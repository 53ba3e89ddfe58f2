# error: 5:11: unsupported syntax: classes defined inside functions


def make() -> None:
    class Point:
        pass


make()
