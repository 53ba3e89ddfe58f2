def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def power(base, exp):
    if exp == 0:
        return 1
    return base * power(base, exp - 1)


def fact(n):
    result = 1
    while n > 1:
        result = result * n
        n = n - 1
    return result


def count_down(n):
    if n > 0:
        print(n)
        count_down(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def depth(x):
    if x <= 1.0:
        return 0
    return 1 + depth(x / 2)


print([fib(i) for i in range(15)])
print(gcd(1071, 462), gcd(17, 5))
print(power(2, 10), power(3, 4))
print(fact(20))
count_down(3)
print(is_even(10), is_odd(7), is_even(3))
print(depth(1000.0))
print(fib(-3))
print(gcd(10, 0))
print(power(7, 3))
