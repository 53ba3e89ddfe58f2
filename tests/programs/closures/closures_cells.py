# Closures capture variables by reference (cells), nonlocal, late binding.
from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def step() -> int:
        nonlocal count
        count += 1
        return count
    return step


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


def rebinding() -> None:
    msg = "first"

    def show() -> str:
        return msg
    print(show())
    msg = "second"
    print(show())


def late_binding() -> list[int]:
    fs: list[Callable[[], int]] = []
    for i in range(3):
        fs.append(lambda: i * 10)
    return [f() for f in fs]


def shared() -> None:
    total = 0

    def add(n: int) -> None:
        nonlocal total
        total += n

    def get() -> int:
        return total
    add(5)
    add(7)
    print("total", get(), total)


def nested_levels() -> int:
    a = 1

    def middle() -> int:
        b = 10

        def inner() -> int:
            nonlocal a
            a += 100
            return a + b
        return inner()
    r = middle()
    return r + a


def capture_closure() -> Callable[[int], int]:
    double = make_adder(0)
    base = make_adder(3)

    def both(x: int) -> int:
        return base(double(x)) * 2
    return both


def strings() -> Callable[[str], str]:
    parts: list[str] = []

    def add(s: str) -> str:
        parts.append(s)
        return "-".join(parts)
    return add


c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(), c2())
print(make_adder(3)(4))
rebinding()
print(late_binding())
print([f() for f in [lambda: i for i in range(4)]])
shared()
print(nested_levels())
print(capture_closure()(5))
j = strings()
j("a")
j("b")
print(j("c"))
