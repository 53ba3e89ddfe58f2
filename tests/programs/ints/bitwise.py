# Bitwise operators on int and bool, with CPython's results and errors.
def popcount(n: int) -> int:
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


def main() -> None:
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 255)
    print(1 << 10, 5 << 0, -3 << 4, 1 << 62)
    print(1024 >> 3, -1024 >> 3, -1 >> 100, 7 >> 64, 12345 >> 0)
    print(True & False, True | False, True ^ True, isinstance(True & True, bool))
    print(True & 3, False | 6, ~True, ~False, True << 3)
    flags = 0
    flags |= 1 << 3
    flags |= 1
    flags ^= 0b110
    flags &= ~1
    print(flags, bin_digits(flags))
    print([popcount(x) for x in range(17)])
    mask = 9223372036854775807
    print(mask & -1, mask ^ -1)
    x = 5
    x <<= 2
    x >>= 1
    print(x)
    try:
        print(1 >> -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(1 << -2)
    except ValueError as e:
        print("ValueError:", e)


def bin_digits(n: int) -> str:
    out = ""
    while n > 0:
        out = str(n & 1) + out
        n >>= 1
    return out or "0"


main()
