print("helper init", __name__)
LIMIT = 10
counter = 0

class HelperError(Exception):
    pass

class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

def add(a: int, b: int) -> int:
    return a + b

def bump() -> None:
    global counter
    counter += 1

def fail(msg: str) -> None:
    raise HelperError(msg)

if __name__ == "__main__":
    print("not printed")
