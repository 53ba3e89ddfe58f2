# Closing a generator on drop: one that catches GeneratorExit and yields
# again is reported ("generator ignored GeneratorExit") and freed; an
# exception raised in a finally while closing is reported, not raised.
from typing import Iterator


def stubborn() -> Iterator[int]:
    n = 0
    while True:
        try:
            yield n
        except BaseException:
            print("caught exit")
        n += 1


def faulty() -> Iterator[int]:
    try:
        yield 1
    finally:
        print("finally runs")
        raise ValueError("boom in finally")


def use() -> None:
    g = stubborn()
    print(next(g), next(g))
    h = faulty()
    print(next(h))


use()
print("after")
g2 = stubborn()
print(next(g2))
g2 = stubborn()
print("end")


def names() -> Iterator[str]:
    label = "x" * 3
    for i in range(3):
        try:
            yield label + str(i)
        except BaseException:
            print("ignored", label)


def run() -> None:
    for s in names():
        print(s)
        break
    print("loop left")


run()
