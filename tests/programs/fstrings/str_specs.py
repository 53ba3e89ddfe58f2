# Format specs applied to strings; alignment, fill, truncation.


def main() -> None:
    for s in ["", "a", "abc", "hello", "héllo", "日本語", "much longer text"]:
        print(f"[{s}] [{s:10}] [{s:>10}] [{s:<10}] [{s:^10}] [{s:*^11}] [{s:.3}] [{s:-<8.2}] [{s:>{len(s) + 2}}]")
    name = "pyaot"
    print(f"{name:^20}|")
    print(f"{name:=^20}|")
    print(f"{'left':<6}|{'right':>7}|{'mid':^7}|")
    print(f"{{literal braces}} {name}{{}}")
    print(f"multiple {name} {name} {len(name)} {name[1:3]} {name[::-1]}")
    print(f"")
    print(f"{name}" + f"{name!r}")


main()
