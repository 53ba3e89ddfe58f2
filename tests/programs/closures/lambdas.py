# Lambdas typed by the Callable their context expects.
from typing import Callable


def apply2(f: Callable[[int, int], int], a: int, b: int) -> int:
    return f(a, b)


def make_scaler(k: float) -> Callable[[float], float]:
    return lambda x: x * k


def describe(f: Callable[[str], str]) -> str:
    return f("Python")


add: Callable[[int, int], int] = lambda a, b: a + b
print(add(2, 3), apply2(lambda a, b: a * b, 6, 7))
print(make_scaler(2.5)(4.0))
print(describe(lambda s: s.upper() + "!"))
pred: Callable[[int], bool] = lambda n: n % 2 == 0
print([n for n in range(10) if pred(n)])
thunks = [lambda: 1, lambda: 2]
print(sum(t() for t in thunks))
ops: list[Callable[[int], int]] = [lambda x: x + 1, lambda x: x * 2, lambda x: -x]
v = 5
for op in ops:
    v = op(v)
print(v)
print(sorted([3, 1, 2], key=lambda x: -x))
