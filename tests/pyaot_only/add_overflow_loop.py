# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '+' (pyaot ints are 64-bit)
# Doubling with += until the 64-bit range is exceeded.


def main() -> None:
    x = 1
    e = 0
    while True:
        print(e, x)
        x += x
        e += 1


main()
