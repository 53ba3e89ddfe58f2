# Integer arithmetic in a hot loop: 10**8 iterations of multiply, modulo and
# add. Largest intermediate is i * i < 10**16 and the total stays below
# 8 * 10**8, far inside a 64-bit int, so no peer overflows.


def main() -> None:
    total = 0
    for i in range(100000000):
        total += i * i % 7 + i % 3
    print(total)


main()
