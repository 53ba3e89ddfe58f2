# Common format specs applied to floats: fixed, exponent, percent, width, fill, sign, grouping.


def main() -> None:
    values = [0.0, 1.0, -1.5, 3.14159265, 2.5, 0.125, 1234567.891, -0.000123456, 100.0]
    for x in values:
        print(f"[{x}] [{x:.3f}] [{x:10.2f}] [{x:<10.1f}] [{x:^12.4f}] [{x:08.2f}] [{x:+.2f}]")
        print(f"  [{x:e}] [{x:.2e}] [{x:E}] [{x:%}] [{x:.1%}] [{x:,.2f}] [{x:.0f}] [{x:12}] [{x:<12}]")
    pi = 3.141592653589793
    for digits in range(0, 8):
        print(f"{pi:.{digits}f}")
    price = 1234.5
    qty = 3
    print(f"Total: {price * qty:>12,.2f} EUR")


main()
