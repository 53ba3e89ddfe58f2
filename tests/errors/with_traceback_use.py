# error: 7:15: unsupported use of the traceback argument of __exit__
class C:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc_value, traceback) -> None:
        print(traceback)


with C():
    pass
