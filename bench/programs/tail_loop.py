# Self-recursive tail calls: sum_to recurses 900 deep (under CPython's default
# recursion limit of 1000 frames) and is called 10_000 times, 9 million calls
# in all. The modulus keeps the accumulator small and stops C/Rust compilers
# from replacing the recursion with a closed form.


def sum_to(n: int, acc: int) -> int:
    if n == 0:
        return acc
    return sum_to(n - 1, (acc * 3 + n) % 1000003)


def main() -> None:
    total = 0
    for i in range(10000):
        total += sum_to(900, i)
    print(total)


main()
