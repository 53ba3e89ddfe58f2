# Functions defined inside module-level if/else and try/except: the name is
# bound when the def runs, as in CPython.
import sys
from typing import List as L, Optional as Opt
from collections.abc import Callable as Fn
import typing

if len(sys.argv) > 5:
    def greet(name: str) -> str:
        return "hi " + name
else:
    def greet(name: str) -> str:
        return "hello " + name

try:
    def helper(x: int) -> int:
        return x + 1
except ValueError:
    pass


def apply(f: Fn[[int], int], xs: L[int]) -> typing.List[int]:
    return [f(x) for x in xs]


def first(xs: L[str]) -> Opt[str]:
    return xs[0] if xs else None


def lookup(d: typing.Dict[str, int], k: str) -> int:
    return d.get(k, -1)


print(greet("bob"), helper(2))
print(apply(helper, [1, 2, 3]))
print(first(["a", "b"]), first([]))
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "z"))
