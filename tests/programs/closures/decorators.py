# Decorators written in Python: memoization, counting, factories, nested.
from typing import Callable


def memo(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(x: int) -> int:
        r = f(x)
        print(f"{f.__name__}({x}) = {r}")
        return r
    return wrapper


def repeat(n: int) -> Callable[[Callable[[str], None]], Callable[[str], None]]:
    def deco(f: Callable[[str], None]) -> Callable[[str], None]:
        def run(s: str) -> None:
            for _ in range(n):
                f(s)
        return run
    return deco


@memo
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@logged
@memo
def square(x: int) -> int:
    return x * x


@repeat(3)
def shout(s: str) -> None:
    print(s.upper())


def with_local_decorator() -> int:
    calls = 0

    def counting(f: Callable[[int], int]) -> Callable[[int], int]:
        def wrapper(x: int) -> int:
            nonlocal calls
            calls += 1
            return f(x)
        return wrapper

    @counting
    def triple(x: int) -> int:
        return 3 * x
    total = triple(1) + triple(2) + triple(3)
    return total * 100 + calls


print(fib(80))
square(4)
square(4)
shout("hey")
print(with_local_decorator())
print(fib.__name__, square.__name__)
