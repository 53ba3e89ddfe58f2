# Edge cases: bools use int formatting as soon as a spec is given; None formats as text.


def nothing() -> None:
    pass


def main() -> None:
    t = True
    f = False
    print(f"{t} {f} [{t:>6}] [{f:<6}] [{t:d}] [{f:x}] [{t:.2f}] [{t!s:>6}] [{t!r:^7}]")
    print(f"{nothing()} [{nothing()!r}] {str(nothing())}")
    print(f"{1 == 1} {1 > 2}")


main()
