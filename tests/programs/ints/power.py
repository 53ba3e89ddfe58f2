# Integer powers with non-negative exponents stay ints.


def pow_table(base: int, top: int) -> None:
    e = 0
    while e <= top:
        print(f"{base}**{e} = {base ** e}")
        e += 1


def main() -> None:
    pow_table(2, 16)
    pow_table(-3, 7)
    pow_table(10, 18)
    print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 999, (-1) ** 1000)
    print(2 ** 62, 3 ** 39, 7 ** 22)
    x = 3
    x **= 4
    print(x)
    print(-2 ** 4, (-2) ** 4, 2 ** 0 * 0 + 5)


main()
