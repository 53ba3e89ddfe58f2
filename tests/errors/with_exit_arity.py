# error: 6:9: unsupported signature for __exit__
class C:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc_value) -> None:
        print("exit")


with C():
    pass
