# Chained comparisons evaluate each operand at most once and short-circuit.


def val(label: str, v: int) -> int:
    print("eval", label)
    return v


def main() -> None:
    for x in range(-1, 12, 3):
        print(x, 0 <= x < 10, 0 < x <= 5, x == x == x, 1 < 2 < x, -5 < x > 5, 10 > x >= 2)
    print("chain 1:", val("a", 1) < val("b", 2) < val("c", 3))
    print("chain 2:", val("a", 1) < val("b", 0) < val("c", 3))
    print("chain 3:", val("a", 5) == val("b", 5) != val("c", 6) > val("d", 1))
    f = 2.5
    print(1 < f < 3, 1.0 <= f <= 2.0, 2 < f == 2.5, "a" < "b" <= "b" < "c")


main()
