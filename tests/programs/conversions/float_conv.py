# float() of strings and ints.


def main() -> None:
    for s in ["0", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", "-1.5e+10", ".5", "5.", "+7", "1_000.5", "inf", "-inf", "nan", "Infinity", "0.1", "123456789012345678901234567890"]:
        print(repr(s), "->", float(s))
    for n in [0, 1, -1, 42, 2 ** 53, 2 ** 53 + 1, 9223372036854775807, -9223372036854775807]:
        print(n, "->", float(n))
    print(float(True), float(False))
    print(float("1.1") + float(2), float(3) / 2)


main()
