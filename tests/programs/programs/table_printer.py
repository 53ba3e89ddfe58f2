# A number formatter and table printer built on f-string format specs.


def rule(widths: list[int]) -> str:
    out = "+"
    for w in widths:
        out += "-" * (w + 2) + "+"
    return out


def cell_left(text: str, width: int) -> str:
    return f" {text:<{width}} |"


def cell_right(text: str, width: int) -> str:
    return f" {text:>{width}} |"


def human_bytes(n: int) -> str:
    units = "BKMGT"
    size = float(n)
    i = 0
    while size >= 1024.0 and i < len(units) - 1:
        size /= 1024.0
        i += 1
    if i == 0:
        return f"{n} B"
    return f"{size:.1f} {units[i]}iB"


def main() -> None:
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    sizes = [512, 2048, 1536000, 7340032000, 3, 123456789012]
    scores = [0.5, 12.25, 99.9999, -3.14159, 1000.0, 0.001]
    widths = [8, 15, 12, 10, 11]
    print(rule(widths))
    print("|" + cell_left("name", 8) + cell_right("bytes", 15) + cell_right("human", 12) + cell_right("score", 10) + cell_right("pct", 11))
    print(rule(widths))
    total_size = 0
    total_score = 0.0
    for i in range(len(names)):
        total_size += sizes[i]
        total_score += scores[i]
    for i in range(len(names)):
        pct = sizes[i] / total_size
        row = "|" + cell_left(names[i], 8)
        row += cell_right(f"{sizes[i]:,}", 15)
        row += cell_right(human_bytes(sizes[i]), 12)
        row += cell_right(f"{scores[i]:.2f}", 10)
        row += cell_right(f"{pct:.3%}", 11)
        print(row)
    print(rule(widths))
    print("|" + cell_left("total", 8) + cell_right(f"{total_size:,}", 15) + cell_right(human_bytes(total_size), 12) + cell_right(f"{total_score:.2f}", 10) + cell_right(f"{1.0:.3%}", 11))
    print(rule(widths))
    print(f"{'hex':>6} {'oct':>6} {'bin':>10} {'sci':>10}")
    for n in [1, 10, 255, 1000, 4096]:
        print(f"{n:>6x} {n:>6o} {n:>10b} {float(n):>10.2e}")


main()
