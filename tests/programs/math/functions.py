# Every math function and constant, through `import math`, an alias and
# `from math import`, with int, bool and float arguments.
import math
import math as m
from math import sqrt, pi as PI, floor

print(math.pi, m.e, PI, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), sqrt(16), m.sqrt(True), math.sqrt(-0.0))
print(floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(7), math.ceil(True), math.trunc(1e18))
print(math.exp(1), math.exp(-745.2), math.expm1(1e-10), math.exp2(10))
print(math.log(8, 2), math.log(100), math.log(1000, 10), math.log2(1024), math.log10(1000), math.log1p(1e-10))
print(math.log(math.inf), math.log1p(-0.0))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.atan2(1, 1), math.atan2(-0.0, -1.0), math.atan2(math.inf, math.inf))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-5), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(1e300, 1e300), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan))
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.fabs(-0.0))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
print(math.isclose(a=1, b=1), math.isclose(1, 2, abs_tol=1, rel_tol=0))
print(math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(5), math.gcd(0, 0), math.gcd(), math.gcd(True, 3))
print(math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(7), math.lcm(0, 5), math.lcm())
print(math.factorial(0), math.factorial(20), math.comb(10, 3), math.comb(5, 7), math.comb(66, 33))
print(math.perm(5), math.perm(5, 2), math.perm(3, 4), math.isqrt(0), math.isqrt(99), math.isqrt(9223372036854775807))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, math.nan))
print(math.fmod(-7, 3), math.fmod(7.5, 2), math.fmod(3, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7.5, 2), math.remainder(1, math.inf))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-8, 3))
print(math.pow(math.inf, -3), math.pow(-math.inf, 3), math.pow(0.5, -math.inf), math.pow(-1, math.inf))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-math.inf), math.frexp(3))
print(math.modf(-3.5), math.modf(math.inf), math.modf(2))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1100), math.ldexp(0.0, 100000), math.ldexp(3, -2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1.0, 1e16]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum((0.1, 0.2, 0.3)))
print(math.fsum([math.inf, 1.0]), math.fsum([1.0, math.nan]), math.fsum({0.5, 0.25}))
print(math.fsum([x / 10 for x in range(10)]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([True, True]))
print(math.prod([1.5, 2.0], start=1.0), math.prod([2, 3], start=0.5), math.prod((0.1, 0.2), start=1.0))
print(math.dist([0, 0], [3, 4]), math.dist((1.0, 2.0, 3.0), (4.0, 6.0, 8.0)), math.dist([], []))


def area(r: float) -> float:
    return math.pi * r ** 2


def shadow(sqrt: int) -> int:
    # A parameter named like an imported function shadows it.
    return sqrt + 1


print(area(2.0), shadow(41))
