print("first: loading as", __name__)
NAME = __name__
count = 0

class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    def describe(self) -> str:
        return f"first.Point({self.x})"

def helper() -> str:
    return "first helper"

def incr() -> None:
    global count
    count += 1

if __name__ == "__main__":
    print("first: never printed when imported")
print("first: loaded")
