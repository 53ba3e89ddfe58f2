# !r / !s conversions and the self-documenting = form.


def main() -> None:
    x = 3.0
    n = 42
    s = "hi 'there'"
    b = True
    v = "text"
    print(f"{v!r} {v!s} {v} {n!r} {x!r} {b!r} {s!r}")
    print(f"{x=}")
    print(f"{n=}")
    print(f"{s=}")
    print(f"{b=}")
    print(f"{x = }")
    print(f"{n=:>6}")
    print(f"{x=:.3f}")
    print(f"{v=!s}")
    print(f"{n + 1=}")
    print(f"{n * 2 = }")
    print(f"{v!r:>10}|{v!s:<8}|")
    print(f"{len(v)=} {v[0]=} {n // 5=} {n % 5=}")


main()
