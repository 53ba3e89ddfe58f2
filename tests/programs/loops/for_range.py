# range() with one, two and three arguments, negative steps, empty ranges.


def show(label: str, a: int, b: int, step: int) -> None:
    out = ""
    count = 0
    for i in range(a, b, step):
        out += str(i) + " "
        count += 1
    print(f"{label:<22} n={count:<3} {out}")


def main() -> None:
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(3, 8):
        print(i, end=" ")
    print()
    show("range(0, 20, 3)", 0, 20, 3)
    show("range(10, 0, -1)", 10, 0, -1)
    show("range(10, 0, -3)", 10, 0, -3)
    show("range(-5, 5, 2)", -5, 5, 2)
    show("range(5, 5, 1)", 5, 5, 1)
    show("range(5, 2, 1)", 5, 2, 1)
    show("range(2, 5, -1)", 2, 5, -1)
    show("range(-1, -10, -4)", -1, -10, -4)
    show("range(0, 1, 100)", 0, 1, 100)
    last = -1
    for i in range(7):
        last = i
    print("last:", last)
    for k in range(4):
        pass
    print("loop variable after loop:", k)
    n = 3
    for i in range(n):
        n += 10
        print("range is fixed at start:", i, n)
    for i in range(3):
        i = i * 100
        print("rebinding does not affect iteration:", i)
    total = 0
    for i in range(1, 1001):
        total += i
    print(total)


main()
