# inf, nan and signed zero.


def describe(x: float) -> str:
    if x != x:
        return "nan"
    if x > 1e308:
        return "+inf"
    if x < -1e308:
        return "-inf"
    return "finite"


def main() -> None:
    inf = float("inf")
    ninf = float("-inf")
    nan = float("nan")
    print(inf, ninf, nan)
    print(repr(inf), str(ninf), repr(nan))
    print(inf + 1, inf * 2, inf - inf, inf * 0, -inf, 1 / inf, -1 / inf)
    print(inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1.0, nan > 1.0)
    print(describe(inf), describe(ninf), describe(nan), describe(1.0))
    print(float("Infinity"), float("-INF"), float("NaN"), float("  inf  "))
    z = -0.0
    print(z, -z, z == 0.0, 0.0 - 0.0, -0.0 + 0.0, -0.0 * 1, 0.0 * -1)
    print(abs(z), -(0.0), z * z)
    print(min(inf, 5.0), max(ninf, -5.0))
    print(f"{inf}", f"{ninf:>8}", f"{nan:.2f}", f"{inf:.3f}", f"{z:.1f}", f"{z}")
    print(1e308 + 1e308, -1e308 - 1e308)
    print(float(10 ** 18), 1e18 == float(10 ** 18))


main()
