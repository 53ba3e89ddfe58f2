# and/or/not: truth tables and operands returned by value.


def show(a: bool, b: bool) -> None:
    print(f"{a!s:>5} {b!s:>5} | and={a and b!s:>5} or={a or b!s:>5} not a={not a}")


def first_nonzero(x: int, fallback: int) -> int:
    return x or fallback


def both(x: int, y: int) -> int:
    return x and y


def name_or_default(name: str) -> str:
    return name or "anonymous"


def main() -> None:
    show(False, False)
    show(False, True)
    show(True, False)
    show(True, True)
    print(first_nonzero(0, 5), first_nonzero(3, 5), first_nonzero(-1, 5))
    print(both(0, 7), both(2, 7), both(2, 0))
    print(name_or_default(""), name_or_default("ada"))
    x = 0
    y = 9
    print(x or y, x and y, y or x, y and x)
    print(0.0 or 2.5, 1.5 or 2.5, 0.0 and 2.5, 1.5 and 2.5)
    s = ""
    print(s or "empty", "full" or s, s and "never", "a" and "b")
    print(not 0, not 1, not "", not "a", not 0.0, not -0.5)
    print(1 and 2 and 3, 0 or 0 or 4, 1 and 0 or 6, 0 or 5 and 7)
    for n in range(6):
        even = n % 2 == 0
        big = n > 2
        print(n, even and big, even or big, not (even or big), even and not big)


main()
