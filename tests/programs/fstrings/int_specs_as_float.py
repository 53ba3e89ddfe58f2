# Float presentation types (e, f, g, %) applied to ints.


def main() -> None:
    for n in [0, 7, -7, 42, 1000, -1234567, 9876543210]:
        print(f"[{n:e}] [{n:.2f}] [{n:%}] [{n:g}] [{n:.3e}] [{n:10.1f}] [{n:,.2f}]")


main()
