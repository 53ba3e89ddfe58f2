# except GeneratorExit inside a generator that is closed by being dropped,
# and GeneratorExit / KeyboardInterrupt / SystemExit raised and caught.
from typing import Iterator


def ticker(name: str) -> Iterator[int]:
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "closed early")
        raise
    finally:
        print(name, "finally")


def quiet() -> Iterator[int]:
    try:
        yield 1
    except GeneratorExit:
        print("quiet: swallowed GeneratorExit")


g = ticker("g")
print(next(g))
del g
print("after del g")

h = ticker("h")
for v in h:
    print("got", v)

q = quiet()
print(next(q))
q = quiet()
print("rebound q")

for kind in range(3):
    try:
        if kind == 0:
            raise GeneratorExit
        elif kind == 1:
            raise KeyboardInterrupt("ctrl-c")
        else:
            raise SystemExit(4)
    except GeneratorExit as e:
        print("GeneratorExit", repr(e))
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt", repr(e))
    except SystemExit as e:
        print("SystemExit", repr(e))

try:
    try:
        raise GeneratorExit("bye")
    except Exception:
        print("not an Exception")
except BaseException as e:
    print("caught as BaseException:", e)

raise GeneratorExit("uncaught")
