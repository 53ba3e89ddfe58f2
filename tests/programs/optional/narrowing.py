# Optional values: None or a value, narrowed by `is None` tests.
from typing import Optional


def find(words: list[str], target: str) -> Optional[int]:
    for i, w in enumerate(words):
        if w == target:
            return i
    return None


def first_long(words: list[str], n: int) -> str | None:
    for w in words:
        if len(w) >= n:
            return w
    return None


def describe(x: Optional[int]) -> str:
    if x is None:
        return "nothing"
    return f"index {x}, doubled {x * 2}"


def total(a: Optional[float], b: Optional[float]) -> float:
    result = 0.0
    if a is not None:
        result += a
    if b is not None and b > 0:
        result += b
    return result


def flag_text(f: Optional[bool]) -> str:
    return "unset" if f is None else ("yes" if f else "no")


def main() -> None:
    words = ["alpha", "beta", "gamma", "delta"]
    print(find(words, "gamma"), find(words, "omega"))
    print(describe(find(words, "beta")), describe(find(words, "x")))
    print(first_long(words, 5), first_long(words, 9))
    print(total(1.5, 2.0), total(None, 2.0), total(1.0, -3.0), total(None, None))
    print(flag_text(True), flag_text(False), flag_text(None))

    x: Optional[int] = None
    print(x, x is None, x is not None, x == None, x != None)
    x = 41
    print(x + 1)
    x = None
    print(f"[{x}] {x!r}", str(x), repr(x))
    name: Optional[str] = "pyaot"
    print(name, repr(name), len(name))
    if name:
        print("truthy", name.upper())
    name = None
    if not name:
        print("falsy", name)
    empty: Optional[str] = ""
    print("empty truthy" if empty else "empty falsy")
    zero: Optional[int] = 0
    print("zero truthy" if zero else "zero falsy", zero is None)

    count: Optional[int] = None
    for w in words:
        if count is None:
            count = 0
        count += len(w)
    print("count", count)

    best: Optional[str] = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    print("best", best)

    maybe: Optional[list[int]] = None
    print(maybe)
    maybe = [1, 2, 3]
    if maybe is not None:
        maybe.append(4)
        print(maybe, sum(maybe))
    table: Optional[dict[str, int]] = {"a": 1}
    print(table)


main()
