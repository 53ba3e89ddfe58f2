# Top-level functions as values: variables, arguments, lists, dicts, __name__.
from typing import Callable


def square(x: int) -> int:
    return x * x


def inc(x: int) -> int:
    return x + 1


def dec(x: int) -> int:
    return x - 1


def greet(name: str) -> None:
    print("hello,", name)


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


def twice(f: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(f(x))


def pick(up: bool) -> Callable[[int], int]:
    if up:
        return inc
    return dec


class Button:
    def __init__(self, label: str, action: Callable[[str], None]) -> None:
        self.label = label
        self.action = action

    def press(self) -> None:
        self.action(self.label)


f = square
print(f(7), apply(square, 5), apply(inc, 5))
fs = [inc, dec, square]
print([g(10) for g in fs])
print([g.__name__ for g in fs])
table: dict[str, Callable[[int], int]] = {"inc": inc, "dec": dec}
for name in ["dec", "inc"]:
    print(name, table[name](100))
print(twice(square)(3), pick(True)(1), pick(False)(1))
say: Callable[[str], None] = greet
say("world")
b = Button("ok", greet)
b.press()
noop: Callable[[], None] = lambda: None
noop()
print(len(fs), bool(f))
