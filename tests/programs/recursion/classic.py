# Classic recursive functions: factorial, fibonacci, gcd, power, digit sums, string reversal.


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a: int, b: int) -> int:
    return a if b == 0 else gcd(b, a % b)


def power(base: float, exp: int) -> float:
    if exp == 0:
        return 1.0
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def digit_sum(n: int) -> int:
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


def rev(s: str) -> str:
    if len(s) <= 1:
        return s
    return rev(s[1:]) + s[0]


def count_down(n: int) -> None:
    if n < 0:
        print("liftoff")
        return
    print(n, end=" ")
    count_down(n - 1)


def main() -> None:
    for n in range(0, 21, 4):
        print(f"{n}! = {fact(n)}")
    print([fib(0), fib(1), fib(2), fib(10), fib(20), fib(25)])
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
    print(power(2.0, 10), power(1.5, 3), power(10.0, 0), power(0.5, 20))
    print(digit_sum(9223372036854775807), digit_sum(0), digit_sum(99999))
    print(rev("recursion"), rev(""), rev("a"), rev("héllo"))
    count_down(10)


main()
