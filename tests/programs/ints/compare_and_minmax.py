# Comparisons, min/max, abs on ints.


def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 1000:
        return "medium"
    return "large"


def main() -> None:
    for n in range(-3, 4):
        print(n, classify(n), abs(n), min(n, 0), max(n, 0))
    for n in range(5, 5000, 997):
        print(n, classify(n))
    print(min(5, 3, 8, 3, 9), max(5, 3, 8, 3, 9))
    print(min(-1, -1), max(0, -0))
    a = 12
    b = 30
    print(a < b, a > b, a == b, a != b, a <= 12, b >= 31)
    print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 != 2 != 1)


main()
