from typing import Optional


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Resource":
        print("enter", self.name)
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: object,
    ) -> None:
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc_value)
            print(exc_type, repr(exc_value), traceback is None)


class Suppress:
    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def __enter__(self) -> int:
        return 42

    def __exit__(self, exc_type, exc, tb) -> bool:
        print("suppress?", exc_type, exc_type is ValueError, exc_type is not KeyError, tb is None)
        return self.quiet


def returns_inside() -> int:
    with Resource("r") as r:
        print("body", r.name)
        return 7
    return 0


def loop() -> None:
    for i in range(4):
        with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            print("work", i)
    print("after loop")


def nested() -> None:
    with Resource("outer") as a, Resource("inner") as b:
        print("both", a.name, b.name)
    with Resource("x"):
        with Resource("y"):
            print("deep")


def failing() -> None:
    with Resource("f"):
        raise ValueError("boom")


def suppressed() -> str:
    with Suppress(True) as n:
        print("n is", n)
        raise ValueError("hidden")
    print("after suppressed")
    return "done"


def not_suppressed() -> None:
    with Suppress(False):
        raise KeyError("k")


def clean_exit_arguments() -> None:
    with Suppress(False) as v:
        print("value", v)


print(returns_inside())
loop()
nested()
try:
    failing()
except ValueError as e:
    print("caught", e)
print(suppressed())
try:
    not_suppressed()
except KeyError as e:
    print("caught", repr(e))
clean_exit_arguments()
with Resource("module") as m:
    print("module level", m.name)
