# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '*' (pyaot ints are 64-bit)
# Factorials fit in 64 bits up to 20!; 21! overflows.


def main() -> None:
    f = 1
    for n in range(1, 30):
        f = f * n
        print(f"{n}! = {f}")


main()
