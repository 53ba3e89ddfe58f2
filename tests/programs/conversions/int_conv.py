# int() of strings, floats and bools.


def main() -> None:
    for s in ["0", "42", "-17", "+8", "007", "  123  ", "\t-5\n", "1_000", "9223372036854775807", "-9223372036854775808", "0000"]:
        print(repr(s), "->", int(s))
    for x in [0.0, 3.9, -3.9, 0.5, -0.5, 1e15, -1e18, 2.0 ** 62, 123.456, -0.0]:
        print(repr(x), "->", int(x))
    print(int(True), int(False), int(7), int(-7))
    print(int("12") + int("30"), int(2.999) * 3, int("5") * int(5.5))
    total = 0
    for ch in "31415926":
        total += int(ch)
    print("digit sum:", total)


main()
