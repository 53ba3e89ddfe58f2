# `del name` of locals and globals: the value is released, later reads
# raise UnboundLocalError / NameError, and a new assignment binds again.
from typing import Iterator, Optional


class Res:
    def __init__(self, name: str) -> None:
        self.name = name


def locals_demo(flag: bool) -> None:
    x = 10
    s = "text"
    items = [1, 2, 3]
    del x, items
    print(s)
    if flag:
        del s
    try:
        print(s)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 11
    print("rebound", x)


def del_twice() -> None:
    f = 1.5
    del f
    try:
        del f
    except UnboundLocalError as e:
        print("second del:", e)


def in_loop(n: int) -> int:
    total = 0
    v = 0
    for i in range(n):
        if i % 2 == 0:
            v = i
        try:
            total += v
        except UnboundLocalError:
            print("unbound at", i)
        if i % 2 == 0:
            del v
        if i == 2:
            v = 100
    return total


def optional_del(o: Optional[Res]) -> None:
    if o is not None:
        print(o.name)
        del o
        try:
            print(o)
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)


def gen_with_del() -> Iterator[str]:
    big = [Res("a"), Res("b")]
    yield big[0].name
    del big
    yield "deleted"


counter = 5
label = "module"
del counter
try:
    print(counter)
except NameError as e:
    print("NameError:", e)


def read_global() -> str:
    return label


print(read_global())
del label
try:
    print(read_global())
except NameError as e:
    print("NameError:", e)
label = "again"
print(read_global())

locals_demo(True)
locals_demo(False)
del_twice()
print(in_loop(5))
optional_del(Res("r"))
print(list(gen_with_del()))

r = Res("kept")
del r
try:
    del r
except NameError as e:
    print("NameError:", e)


del_twice()
x = 1
del x
print(x)
