# Floor division and modulo follow the sign of the divisor (Python semantics, not C's).


def row(a: int, b: int) -> None:
    q = a // b
    r = a % b
    print(f"{a:>4} // {b:>3} = {q:>4}   {a:>4} % {b:>3} = {r:>3}   check {q * b + r == a}")


def main() -> None:
    pairs_a = [7, -7, 7, -7, 0, 1, -1, 13, -13, 100, -100, 5, -5]
    pairs_b = [2, 2, -2, -2, 3, 5, 5, 4, 4, -7, 7, 5, 5]
    i = 0
    while i < len(pairs_a):
        row(pairs_a[i], pairs_b[i])
        i += 1
    for a in range(-6, 7, 3):
        for b in range(-4, 5):
            if b == 0:
                continue
            print(a, b, a // b, a % b, sep=",")
    big = 9_000_000_000_000_000
    print(big // 7, big % 7, -big // 7, -big % 7)
    print(-1 // 9_000_000_000_000_000, -1 % 9_000_000_000_000_000)


main()
