# Shortest round-trip float repr, exactly as CPython prints it.


def main() -> None:
    print(0.1 + 0.2)
    print(0.1 * 3)
    print(1 / 3)
    print(2 / 3)
    print(10 / 4)
    print(1.0)
    print(100.0)
    print(-0.0)
    print(0.0)
    print(1e16)
    print(1e15)
    print(123456789012345678.0)
    print(9007199254740993.0)
    print(1e22)
    print(1e-4)
    print(1e-5)
    print(0.00012345)
    print(1.5e-7)
    print(5e-324)
    print(2.2250738585072014e-308)
    print(1.7976931348623157e308)
    print(1e308 * 10)
    print(-1e308 * 10)
    print(3.0 * 1.1)
    print(1.1 + 2.2)
    print(0.1 + 0.7)
    print(1 - 0.9)
    print(3.141592653589793)
    print(2.718281828459045)
    print(1e100)
    print(1.0e-100)
    print(12345.678)
    print(0.5, 0.25, 0.125, 0.0625)
    print(1e16 + 1.0)
    print(float(2 ** 53), float(2 ** 53 + 1))
    print(repr(0.1), str(0.1), repr(-2.5))
    x = 1.0
    for i in range(12):
        x = x / 10.0
        print(i, x)
    y = 1.0
    for i in range(18):
        y = y * 10.0
        print(i, y)


main()
