print("second: loading")
import first
NAME = "second/" + first.NAME

class Point:
    def __init__(self, a: str, b: str) -> None:
        self.a = a
        self.b = b

    def describe(self) -> str:
        return f"second.Point({self.a}, {self.b})"

def helper() -> str:
    return "second helper + " + first.helper()
print("second: loaded")
