# Roman numeral conversion both ways, with validation via round trips.

VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]


def to_roman(n: int) -> str:
    out = ""
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            out += SYMBOLS[i]
            n -= VALUES[i]
    return out


def digit_value(ch: str) -> int:
    if ch == "I":
        return 1
    if ch == "V":
        return 5
    if ch == "X":
        return 10
    if ch == "L":
        return 50
    if ch == "C":
        return 100
    if ch == "D":
        return 500
    if ch == "M":
        return 1000
    raise ValueError(f"bad roman digit {ch!r}")


def from_roman(s: str) -> int:
    total = 0
    i = 0
    while i < len(s):
        v = digit_value(s[i])
        if i + 1 < len(s) and digit_value(s[i + 1]) > v:
            total -= v
        else:
            total += v
        i += 1
    return total


def main() -> None:
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
        r = to_roman(n)
        print(f"{n:>5} -> {r:<16} -> {from_roman(r)}")
    ok = 0
    longest = ""
    for n in range(1, 4000):
        r = to_roman(n)
        if from_roman(r) == n:
            ok += 1
        if len(r) > len(longest):
            longest = r
    print("round trips ok:", ok, "longest:", longest, len(longest), from_roman(longest))
    print(from_roman("MCMXCIV"), from_roman("MMXXV"))


main()
