# Integer to/from arbitrary bases using digit strings, cross-checked against format specs.

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        out = DIGITS[n % base] + out
        n //= base
    return "-" + out if neg else out


def digit_of(ch: str) -> int:
    i = 0
    for d in DIGITS:
        if d == ch:
            return i
        i += 1
    raise ValueError("invalid digit " + repr(ch))


def from_base(s: str, base: int) -> int:
    neg = s[0] == "-"
    body = s[1:] if neg else s
    n = 0
    for ch in body:
        n = n * base + digit_of(ch)
    return -n if neg else n


def main() -> None:
    for n in [0, 1, 7, 255, -255, 1000, 65535, 123456789, -9223372036854775807]:
        b2 = to_base(n, 2)
        b8 = to_base(n, 8)
        b16 = to_base(n, 16)
        b36 = to_base(n, 36)
        print(f"{n}: bin={b2} oct={b8} hex={b16} b36={b36}")
        assert b2 == f"{n:b}" and b8 == f"{n:o}" and b16 == f"{n:x}", "mismatch with format specs"
        assert from_base(b36, 36) == n and from_base(b2, 2) == n
    for base in range(2, 37, 5):
        print(base, to_base(1000000, base), from_base(to_base(1000000, base), base))


main()
