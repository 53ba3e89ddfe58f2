# float arithmetic with inf, nan, negative zero, floor division and modulo signs, and comparisons.


def describe(x: float) -> str:
    if x != x:
        return "nan"
    if x == float("inf"):
        return "+inf"
    if x == -float("inf"):
        return "-inf"
    return repr(x)


inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1.0, inf - inf, inf * 0.0, -inf * -1.0)
print(describe(inf / 2.0), describe(inf - inf), describe(1e308 * 10.0), describe(-1e308 * 10.0))
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, inf > 1e308, -inf < -1e308)
print(7.5 // 2.0, -7.5 // 2.0, 7.5 // -2.0, 7.5 % 2.0, -7.5 % 2.0, 7.5 % -2.0)
print(-0.0 == 0.0, 1.0 / inf, -1.0 / inf, 0.0 % 5.0, -0.0 % 5.0, 5.0 % inf, -5.0 % inf)
print(3.0 // 0.7, 3.0 % 0.7, 1e16 + 1.0, 0.1 * 3.0, 1.0 - 0.9)
print(max(1.0, nan), min(nan, 1.0), max(-0.0, 0.0), min(0.0, -0.0), abs(-0.0), abs(-inf))
print(2.0 ** -1, (-8.0) ** 2, 0.0 ** 0.0, inf ** 0.0, 1.0 ** inf, 4.0 ** 0.5)
print(float(int(1e18)), int(2.5e9), float(2 ** 53 + 1), 1 / 3 + 1 / 3 + 1 / 3)
total = 0.0
for x in [1e100, 1.0, -1e100]:
    total += x
print(total, sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(round(inf) if False else 0, round(2.5), round(3.5), round(-2.5), round(0.5 + 1e-16))
print(-(0.0), +(-0.0), -(-0.0), 0.0 * -5.0, -0.0 + 0.0, -0.0 - 0.0)
