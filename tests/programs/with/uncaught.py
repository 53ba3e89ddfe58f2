class Guard:
    def __enter__(self) -> "Guard":
        print("guard on")
        return self

    def __exit__(self, exc_type, exc_value, traceback) -> None:
        print("guard off:", repr(exc_value))


def work(n: int) -> int:
    with Guard():
        return 10 // n


print(work(2))
print(work(0))
