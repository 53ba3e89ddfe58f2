# bool is an int subtype: arithmetic, comparisons, conversions.


def count_true(a: bool, b: bool, c: bool) -> int:
    return a + b + c


def main() -> None:
    t = True
    f = False
    print(t + 1, t + t, f + f, t - f, f - t, t * 10, -t, +t, -f)
    print(t * 3.5, t / 2, t // 1, t % 2, t ** 5, 2 ** t, f ** 0)
    print(t == 1, f == 0, t == 1.0, t > f, f < t, t >= 1, t != 2)
    print(count_true(True, False, True), count_true(False, False, False))
    print(int(t), int(f), float(t), str(t), str(f), repr(t))
    print(bool(0), bool(1), bool(-3), bool(0.0), bool(0.1), bool(""), bool("x"), bool(" "))
    print(bool(t), bool(f))
    total = 0
    for i in range(10):
        total += i % 3 == 0
    print("multiples of 3 below 10:", total)
    print(abs(t), min(t, f), max(t, f), not t, not f, not not t)
    print(t and f, t or f, f or t, f and t, t and t)
    print(3 > 2 == True, 1 == True == 1.0)


main()
