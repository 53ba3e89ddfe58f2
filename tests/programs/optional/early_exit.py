# Early exits narrow the rest of the function; `and`/`or` chains and
# conditional expressions narrow their later operands.
from typing import Optional


def parse_int(text: str) -> Optional[int]:
    text = text.strip()
    if not text:
        return None
    sign = 1
    if text[0] == "-":
        sign = -1
        text = text[1:]
    if not text.isdigit():
        return None
    return sign * int(text)


def add_all(items: list[str]) -> int:
    total = 0
    for item in items:
        n = parse_int(item)
        if n is None:
            print(f"skipping {item!r}")
            continue
        total += n
    return total


def clamp(x: Optional[float], lo: float, hi: float) -> float:
    if x is None:
        raise ValueError("no value")
    if x < lo:
        return lo
    return hi if x > hi else x


def pick(a: Optional[str], b: Optional[str]) -> str:
    if a is not None and len(a) > 2:
        return a
    if a is None or b is None:
        return "?"
    return a + b


def safe_len(s: Optional[str]) -> int:
    return 0 if s is None else len(s)


def main() -> None:
    print(add_all(["1", " 22 ", "x", "-5", "", "7"]))
    print(clamp(5.0, 0.0, 3.0), clamp(-1.0, 0.0, 3.0), clamp(2.5, 0.0, 3.0))
    try:
        clamp(None, 0.0, 1.0)
    except ValueError as e:
        print("ValueError:", e)
    print(pick("abcd", None), pick(None, "x"), pick("ab", None), pick("ab", "cd"))
    print(safe_len(None), safe_len("four"))
    value: Optional[int] = parse_int("12")
    while value is not None and value > 0:
        print("value", value)
        value = value - 5 if value > 5 else None
    print("done", value)


main()
