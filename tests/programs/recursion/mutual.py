# Mutual recursion and recursion depth well below CPython's limit.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hofstadter_f(n: int) -> int:
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n: int) -> int:
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))


def sum_to(n: int) -> int:
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def loop(n: int, acc: int) -> int:
    return acc if n == 0 else loop(n - 1, acc + n)


def main() -> None:
    for n in [0, 1, 2, 7, 10, 301]:
        print(n, is_even(n), is_odd(n))
    print("F:", end=" ")
    for i in range(15):
        print(hofstadter_f(i), end=" ")
    print()
    print("M:", end=" ")
    for i in range(15):
        print(hofstadter_m(i), end=" ")
    print()
    print(sum_to(800), loop(800, 0), loop(10, 5))


main()
