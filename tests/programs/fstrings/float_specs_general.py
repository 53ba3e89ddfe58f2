# Harder float formatting: g/G, precision without a type, rounding half-even on the binary value.


def main() -> None:
    values = [0.0, 1.0, -1.5, 3.14159265, 0.125, 1234567.891, -0.000123456, 1e20, 1.5e-10, 100.0, 1e16]
    for x in values:
        print(f"[{x:g}] [{x:.3g}] [{x:G}] [{x:.10g}] [{x:r^14.3}] [{x:.1}] [{x:#.0f}] [{x:_.3f}] [{x:#g}]")
    print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f}")
    print(f"{2.675:.2f} {1.005:.2f} {0.045:.2f} {0.125:.2f} {0.375:.2f}")
    print(f"{1e16:.1f} {123456789.0:.3e} {0.1 + 0.2:.17f} {1/3:.20f}")
    print(f"{1e-5:f} {1e-7:.10f} {5e-324:.3e} {1.7976931348623157e308:.4e}")


main()
