"""A fixture library that exercises every C-ABI value kind."""

from typing import Optional

SCALE: int = 10
RATIO: float = 0.1
ENABLED: bool = True
# Every C escaping rule: quotes, backslash, a trigraph, a tab, non-ASCII.
GREETING: str = 'caf\u00e9 "quoted" \\ ??= \t \U0001F600'


def add(a: int, b: int) -> int:
    """Adds two integers; overflow raises OverflowError."""
    return a + b


def scaled(x: float) -> float:
    return x * SCALE


def is_even(n: int) -> bool:
    return n % 2 == 0


def negate(flag: bool) -> bool:
    return not flag


def shout(text: str, times: int = 1) -> str:
    """Upper-cases text and repeats it."""
    if times < 0:
        raise ValueError(f"times must be >= 0, got {times}")
    return text.upper() * times


def length(text: str) -> int:
    """Length in code points."""
    return len(text)


def check_positive(n: int) -> None:
    if n <= 0:
        raise ValueError("not positive: " + str(n))


def divide(a: int, b: int) -> float:
    return a / b


def lookup(key: str) -> int:
    table = {"one": 1, "two": 2}
    return table[key]


def xor_bytes(data: bytes, key: int) -> bytes:
    """XORs every byte with key (0..255)."""
    if not 0 <= key < 256:
        raise ValueError(f"key must be in range(0, 256), got {key}")
    return bytes([b ^ key for b in data])


def utf8_decode(data: bytes) -> str:
    """Decodes UTF-8; invalid input raises UnicodeDecodeError."""
    return data.decode("utf-8")


def _helper(x: int) -> int:
    return x


def total(xs: list[float]) -> float:
    """Sums a list of floats (handles built with pyaot_list_create)."""
    return sum(xs)


def word_lengths(words: list[str]) -> dict[str, int]:
    """Maps each word to its length, in first-seen order."""
    return {w: len(w) for w in words}


def min_max(xs: list[int]) -> tuple[int, int]:
    """The smallest and largest item; an empty list raises ValueError."""
    if not xs:
        raise ValueError("min_max() of an empty list")
    return (min(xs), max(xs))


def describe(pair: tuple[str, int], scores: dict[str, float]) -> str:
    """Formats a (name, count) pair with the name's score."""
    return f"{pair[0]} x{pair[1]}: {scores[pair[0]]}"


def grid(rows: int, cols: int) -> list[list[int]]:
    """A rows x cols multiplication table."""
    return [[r * c for c in range(cols)] for r in range(rows)]


def halve(n: Optional[int]) -> Optional[float]:
    """Half of an even number; None (or an odd number) gives None."""
    if n is None or n % 2 == 1:
        return None
    return n / 2


def title_or(name: Optional[str], fallback: str) -> str:
    """The name in title case, or the fallback when there is none."""
    if name is None:
        return fallback
    return name.title()
