# expect-exit: 0
# Tail calls from if/elif/else statements, with float, bool and str parameters, one million deep.


def harmonic(n: int, acc: float) -> float:
    if n == 0:
        return acc
    return harmonic(n - 1, acc + 1.0 / n)


def parity(n: int, even: bool) -> bool:
    if n == 0:
        return even
    elif n % 2 == 0:
        return parity(n - 1, not even)
    else:
        return parity(n - 1, not even)


def last_char_after(n: int, s: str) -> str:
    if n == 0:
        return s
    return last_char_after(n - 1, s[1:] + s[0])


def collatz_len(n: int, steps: int) -> int:
    if n == 1:
        return steps
    if n % 2 == 0:
        return collatz_len(n // 2, steps + 1)
    return collatz_len(3 * n + 1, steps + 1)


def main() -> None:
    print(harmonic(1000000, 0.0))
    print(parity(1000000, True), parity(999999, True))
    print(last_char_after(1000000, "abcdefg"))
    print(collatz_len(837799, 0))


main()
