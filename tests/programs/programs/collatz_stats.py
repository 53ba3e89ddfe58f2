# Collatz sequence statistics with while loops and module-level bookkeeping.

longest_start = 0
longest_steps = 0


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def peak(n: int) -> int:
    highest = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        highest = max(highest, n)
    return highest


def record(start: int, steps: int) -> None:
    global longest_start, longest_steps
    if steps > longest_steps:
        longest_steps = steps
        longest_start = start
        print(f"new record: {start:>6} takes {steps:>3} steps (peak {peak(start):,})")


def main() -> None:
    total_steps = 0
    limit = 30000
    for start in range(1, limit + 1):
        s = collatz_steps(start)
        total_steps += s
        record(start, s)
    print(f"longest below {limit}: {longest_start} with {longest_steps} steps")
    print(f"average steps: {total_steps / limit:.3f}")
    seq = ""
    n = 27
    while n != 1:
        seq += str(n) + " "
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if len(seq) > 70:
            print(seq)
            seq = ""
    print(seq + "1")


main()
