# Hand-written map/filter/reduce/compose, recursion of nested functions,
# errors raised inside closures.
from typing import Callable


def my_map(f: Callable[[int], int], xs: list[int]) -> list[int]:
    out: list[int] = []
    for x in xs:
        out.append(f(x))
    return out


def my_filter(p: Callable[[int], bool], xs: list[int]) -> list[int]:
    return [x for x in xs if p(x)]


def reduce(f: Callable[[int, int], int], xs: list[int], init: int) -> int:
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def pipeline(fs: list[Callable[[int], int]]) -> Callable[[int], int]:
    def run(x: int) -> int:
        for f in fs:
            x = f(x)
        return x
    return run


def tree_sum(n: int) -> int:
    def walk(depth: int) -> int:
        if depth == 0:
            return 1
        return walk(depth - 1) + walk(depth - 1)
    return walk(n)


def checked_div(d: int) -> Callable[[int], int]:
    def div(x: int) -> int:
        if d == 0:
            raise ZeroDivisionError(f"cannot divide {x} by zero")
        return x // d
    return div


xs = list(range(1, 11))
print(my_map(lambda x: x * x, xs))
print(my_filter(lambda x: x % 3 == 0, xs))
print(reduce(lambda a, b: a + b, xs, 0), reduce(lambda a, b: a * b, xs, 1))
h = compose(lambda x: x + 1, lambda x: x * 2)
print(h(5), compose(h, h)(1))
print(pipeline([lambda x: x + 3, lambda x: x * x, h])(2))
print(tree_sum(10))
try:
    checked_div(0)(7)
except ZeroDivisionError as e:
    print("error:", e)
print(checked_div(2)(9))
checked_div(0)(42)
