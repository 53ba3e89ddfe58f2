# An event dispatcher with handler registration by decorator, middleware
# closures and a tiny parser-combinator for the event commands.
from typing import Callable, Optional



class Dispatcher:
    def __init__(self) -> None:
        self.handlers: dict[str, list[Callable[[str], str]]] = {}
        self.log: list[str] = []

    def on(self, event: str, h: Callable[[str], str]) -> None:
        if event in self.handlers:
            self.handlers[event].append(h)
        else:
            self.handlers[event] = [h]

    def emit(self, event: str, payload: str) -> int:
        if event not in self.handlers:
            self.log.append(f"unhandled {event}")
            return 0
        for h in self.handlers[event]:
            self.log.append(h(payload))
        return len(self.handlers[event])


def prefixed(tag: str) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    def deco(f: Callable[[str], str]) -> Callable[[str], str]:
        def wrapper(s: str) -> str:
            return f"[{tag}] " + f(s)
        return wrapper
    return deco


# Parser combinators over a string and a position; a result is the new
# position, or -1 for no match.


def char(c: str) -> Callable[[str, int], int]:
    return lambda s, i: i + 1 if i < len(s) and s[i] == c else -1


def many(p: Callable[[str, int], int]) -> Callable[[str, int], int]:
    def run(s: str, i: int) -> int:
        while True:
            j = p(s, i)
            if j < 0:
                return i
            i = j
    return run


def seq(a: Callable[[str, int], int], b: Callable[[str, int], int]) -> Callable[[str, int], int]:
    def run(s: str, i: int) -> int:
        j = a(s, i)
        return -1 if j < 0 else b(s, j)
    return run


def alt(a: Callable[[str, int], int], b: Callable[[str, int], int]) -> Callable[[str, int], int]:
    def run(s: str, i: int) -> int:
        j = a(s, i)
        return j if j >= 0 else b(s, i)
    return run


def digit() -> Callable[[str, int], int]:
    return lambda s, i: i + 1 if i < len(s) and s[i].isdigit() else -1


def full(p: Callable[[str, int], int], s: str) -> bool:
    return p(s, 0) == len(s)


@prefixed("upper")
def to_upper(s: str) -> str:
    return s.upper()


def make_counter_handler() -> Callable[[str], str]:
    seen = 0

    def count(s: str) -> str:
        nonlocal seen
        seen += len(s)
        return f"seen {seen} chars"
    return count


d = Dispatcher()
d.on("msg", to_upper)
d.on("msg", make_counter_handler())
d.on("num", lambda s: f"number {int(s) * 2}")
number = seq(digit(), many(digit()))
signed = alt(seq(char("-"), number), number)
for event, payload in [("msg", "hi"), ("num", "21"), ("msg", "there"), ("nope", "x")]:
    n = d.emit(event, payload)
    print(event, n)
for line in d.log:
    print(line)
for text in ["123", "-45", "4a", "", "--1"]:
    print(repr(text), full(signed, text))
best: Optional[str] = None
print(best)
