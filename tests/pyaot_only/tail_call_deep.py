# expect-exit: 0
# Guaranteed tail calls: self-recursive calls in tail position run in constant stack,
# so a depth of one million works (CPython would raise RecursionError near 1000).


def loop(n: int, acc: int) -> int:
    return acc if n == 0 else loop(n - 1, acc + n)


def count_down(n: int) -> int:
    if n == 0:
        return 0
    return count_down(n - 1)


def main() -> None:
    print(loop(10, 0))
    print(loop(100000, 0))
    print(loop(1000000, 0))
    print(count_down(1000000))
    print(loop(3000000, 7))


main()
