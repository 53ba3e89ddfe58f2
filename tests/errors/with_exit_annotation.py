# error: 6:34: unsupported annotation for the exc_type parameter of __exit__
class C:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: int, exc_value, traceback) -> None:
        print("exit")


with C():
    pass
