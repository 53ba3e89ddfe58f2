# Towers of Hanoi and Ackermann: deep-ish trees of recursive calls.

moves = 0


def hanoi(n: int, src: str, dst: str, via: str, show: bool) -> None:
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, show)
    moves += 1
    if show:
        print(f"move disk {n} from {src} to {dst}")
    hanoi(n - 1, via, dst, src, show)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def main() -> None:
    global moves
    hanoi(3, "A", "C", "B", True)
    print("moves:", moves)
    for n in range(1, 16):
        moves = 0
        hanoi(n, "A", "C", "B", False)
        print(n, moves)
    for m in range(3):
        for n in range(4):
            print(f"A({m},{n}) = {ackermann(m, n)}")
    print("A(2,50) =", ackermann(2, 50))


main()
