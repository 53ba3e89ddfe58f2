# Format specs applied to ints.


def main() -> None:
    for n in [0, 7, -7, 42, 255, 1000, -1234567, 9876543210]:
        print(f"[{n}] [{n:>8}] [{n:<8}] [{n:^8}] [{n:08}] [{n:+}] [{n: }] [{n:,}] [{n:_}]")
        print(f"  x={n:x} X={n:X} o={n:o} b={n:b} #x={n:#x} #o={n:#o} #b={n:#b} d={n:d}")
        print(f"  [{n:*^12,}] [{n:=+10}] [{n:>+9,}] [{n:05d}] [{n:#010x}]")
    width = 6
    print(f"{'|':>{width}}{3:>{width}}|")
    big = 1234567
    print(f"{big:,d} {big:_x} {big:012,}")


main()
