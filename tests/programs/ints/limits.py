# Values at the edge of the 64-bit range; nothing here overflows.

MAX = 9223372036854775807
MIN = -9223372036854775807 - 1


def main() -> None:
    print(MAX)
    print(MIN)
    print(MAX - 1 + 1)
    print(MIN + 1 - 1)
    print(MAX // 2, MAX % 2)
    print(MIN // 2, MIN % 2)
    print(MIN // 3, MIN % 3)
    print(MAX // -3, MAX % -3)
    print(-MAX)
    print(MAX + MIN)
    print(abs(MIN + 1))
    print(MAX * 1, MIN * 1, MAX * -1)
    print(MAX == 9223372036854775807, MIN < -9223372036854775807)
    print(f"{MAX:,}")
    print(f"{MIN:x}")
    print(str(MIN), len(str(MIN)))
    print(int("9223372036854775807"), int("-9223372036854775808"))
    print(3037000499 * 3037000499)
    print(2 ** 62 + (2 ** 62 - 1))


main()
