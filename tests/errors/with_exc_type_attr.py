# error: 7:15: unsupported attribute '__qualname__' of Optional[type[BaseException]]
class C:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc_value, traceback) -> None:
        print(exc_type.__qualname__)


with C():
    pass
