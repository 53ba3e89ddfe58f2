# int(s, base) with prefixes, underscores, whitespace and signs; round(x, n) with half cases and negative n.


def parse_all(texts: list[str], base: int) -> list[int]:
    return [int(t, base) for t in texts]


print(parse_all(["0", "1010", "-11", " +101 ", "1_000"], 2))
print(parse_all(["ff", "FF", "0xff", "-0x1A", "dead_beef"], 16))
print(parse_all(["777", "0o17", "-0O7"], 8))
print(parse_all(["z", "ZZ", "10", "-pyaot"], 36))
print(parse_all(["0b101", "0o17", "0x1f", "42", "0"], 0))
print(int("  42\n"), int("-0"), int("+7"), int("1_2_3"), int("007"))
print(int(3.99), int(-3.99), int(True), int(1e15), int("١٢٣"))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e-20]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(-1250.0, -2), round(1350.0, -2))
print(round(0.1 + 0.2, 15), round(1e300, 2), round(-0.0), round(-0.4))
print(float("1e3"), float(" -2.5 "), float("inf"), float("-INF"), float("1_0.5"), float(".5"), float("5."))
print(str(int("-00100", 2)), bool(int("0", 16)), int(float("1e2")))
