# Float arithmetic, int/float mixing, floor division and modulo with negatives.


def fdm(a: float, b: float) -> None:
    print(f"{a!r} // {b!r} = {a // b!r};  {a!r} % {b!r} = {a % b!r}")


def main() -> None:
    a = 7.5
    b = 2.0
    print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
    print(1 + 2.0, 7 / 2, 6 / 3, 2 * 0.5, 7 // 2.0, 7.0 // 2, -7 // 2.0)
    print(2 ** 0.5, 2.0 ** 10, 4 ** 0.5, 10.0 ** -2, 2 ** -1.0, (-2.0) ** 3, (-8.0) ** 2)
    print(0.0 ** 0, 0.0 ** 0.0, 1.5 ** 2)
    fdm(7.5, 2.0)
    fdm(-7.5, 2.0)
    fdm(7.5, -2.0)
    fdm(-7.5, -2.0)
    fdm(-0.0, 5.0)
    fdm(0.0, -5.0)
    fdm(1.0, 0.1)
    fdm(-1.0, 0.1)
    fdm(5.25, 0.5)
    fdm(-1e-20, 1.0)
    print(-7 % 2.5, 7 % -2.5, -7.0 // 3, 7.0 // -3)
    print(1 == 1.0, 2 < 2.5, 3 > 2.9999, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
    print(abs(-2.5), abs(2.5), abs(-0.0), min(1.5, 0.5), max(1.5, 0.5, 3.25))
    total = 0.0
    for i in range(10):
        total += 0.1
    print(total, total == 1.0)
    acc = 1.0
    acc *= 3
    acc /= 4
    acc -= 0.25
    acc += 10
    acc **= 2
    acc //= 3
    acc %= 7.5
    print(acc)
    n = 10
    avg = n / 4
    print(avg, n / 5, n * 1.0, n + 0.0, -n / 3)


main()
