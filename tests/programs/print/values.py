# print() of every supported value type, mixed in one call.


def main() -> None:
    print(0, -1, 123456789, 9223372036854775807)
    print(0.0, -2.5, 1e100, 1 / 7)
    print(True, False)
    print(None)
    print("string", "", " ", "with 'quotes'")
    print(1, "one", 1.0, True, None)
    print([1, 2, 3], ["a", "b"], [1.5, -0.0], [True, False])
    print(str(12), str(1.5), str(False), str(None), str("s"))
    print(repr(12), repr(1.5), repr(False), repr(None), repr("s"))
    print(len("hello"), abs(-3), abs(-3.5), min(1, 2), max(1.5, 0.5))
    print(int("12") + 1, float("1.5") * 2, bool(0), bool("0"))


main()
