# Number theory toolkit: sieve, factorisation, gcd/lcm, Euler's totient,
# modular exponentiation, divisor sums, and a Goldbach check.

LIMIT = 200
primes: list[int] = []


def sieve(n: int) -> list[int]:
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for multiple in range(p * p, n + 1, p):
                is_prime[multiple] = False
        p += 1
    found: list[int] = []
    for i, flag in enumerate(is_prime):
        if flag:
            found.append(i)
    return found


def gcd(a: int, b: int) -> int:
    if b == 0:
        return abs(a)
    return gcd(b, a % b)


def lcm(a: int, b: int) -> int:
    return abs(a * b) // gcd(a, b)


def factorize(n: int) -> list[int]:
    if n < 2:
        raise ValueError(f"cannot factorize {n}")
    factors: list[int] = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors


def format_factors(factors: list[int]) -> str:
    parts: list[str] = []
    i = 0
    while i < len(factors):
        p = factors[i]
        e = factors.count(p)
        parts.append(str(p) if e == 1 else f"{p}^{e}")
        i += e
    return " * ".join(parts)


def totient(n: int) -> int:
    result = n
    last = 0
    for p in factorize(n):
        if p != last:
            result = result // p * (p - 1)
            last = p
    return result


def pow_mod(base: int, exp: int, mod: int) -> int:
    result = 1
    base %= mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp //= 2
    return result


def divisor_sum(n: int) -> int:
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


def goldbach(n: int) -> str:
    for p in primes:
        if p > n // 2:
            break
        if (n - p) in primes:
            return f"{n} = {p} + {n - p}"
    return f"{n}: no decomposition"


primes = sieve(LIMIT)
print(f"{len(primes)} primes below {LIMIT}; last five: {primes[-5:]}")
twins = 0
for a, b in zip(primes, primes[1:]):
    if b - a == 2:
        twins += 1
print("twin prime pairs:", twins)
for n in [12, 97, 360, 1001, 9973, 65536, 123456]:
    print(f"{n:>7} = {format_factors(factorize(n)):<20} phi={totient(n)}")
print("gcd/lcm:", gcd(462, 1071), lcm(21, 6), gcd(-48, 18), lcm(4, 10))
print("pow_mod:", pow_mod(2, 100, 1000000007), pow_mod(3, 200, 13), pow_mod(7, 0, 5))
print("fermat check 561:", pow_mod(2, 560, 561) == 1, "but 561 prime?", 561 in primes)
perfect: list[int] = []
abundant = 0
for n in range(2, 10000):
    s = divisor_sum(n)
    if s == n:
        perfect.append(n)
    elif s > n:
        abundant += 1
print("perfect numbers:", perfect, "abundant below 10000:", abundant)
for n in range(4, 31, 6):
    print(goldbach(n))
try:
    factorize(1)
except ValueError as err:
    print("error:", err)
