# `return x + f(...)` recursion: pyaot turns the final call into a loop with
# an accumulator; the results and evaluation order must not change.


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tri(n: int) -> int:
    return 0 if n == 0 else n + tri(n - 1)


def noisy(n: int) -> int:
    if n == 0:
        print("base")
        return 100
    print("enter", n)
    return n + noisy(n - 1)


def sum_digits(n: int) -> int:
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)


def negative_terms(n: int) -> int:
    if n <= 0:
        return -1
    return -n + negative_terms(n - 2)


print(fib(20))
print(tri(500), noisy(3), sum_digits(9876543210), negative_terms(11))
