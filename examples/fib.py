"""Recursive Fibonacci: the classic compiler benchmark, typed."""


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    for n in [0, 1, 2, 10, 20, 30]:
        print(f"fib({n}) = {fib(n)}")
    total = 0
    for i in range(25):
        total += fib(i)
    print("sum of fib(0..24):", total)
    print(f"golden ratio ~ {fib(30) / fib(29):.12f}")


if __name__ == "__main__":
    main()
