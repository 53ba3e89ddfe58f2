# error: 10:6: unsupported __exit__ result of type int
class C:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc_value, traceback) -> int:
        return 1


with C():
    pass
