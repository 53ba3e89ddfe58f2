# str(), repr() and bool() across types, and round trips.


def main() -> None:
    print(str(0), str(-12), str(1.0), str(1e-7), str(True), str(False), str(None), str("x"))
    print(repr(0), repr(-12), repr(1.0), repr(1e-7), repr(True), repr(None), repr("x"), repr("'"))
    print(bool(0), bool(7), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool("False"))
    print(len(str(12345)), len(repr("ab")), str(12) + str(34), int(str(56) + str(78)))
    x = 0.1
    print(float(str(x)) == x, float(repr(1 / 3)) == 1 / 3, int(str(-99)) == -99)
    print(str(int(float("2.5"))), str(float(int("3"))), str(bool(int("0"))))
    s = str(3.0) + "|" + str(2) + "|" + str(2 > 1)
    print(s, len(s))


main()
