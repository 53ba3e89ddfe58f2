# Pascal's triangle with lists, centred output, and binomial identities.


def next_row(row: list[int]) -> list[int]:
    out = [1]
    for i in range(1, len(row)):
        out.append(row[i - 1] + row[i])
    out.append(1)
    return out


def row_text(row: list[int]) -> str:
    text = ""
    for v in row:
        if text != "":
            text += " "
        text += str(v)
    return text


def main() -> None:
    row = [1]
    width = 64
    for n in range(13):
        print(f"{row_text(row):^{width}}")
        row = next_row(row)
    row = [1]
    for n in range(60):
        row = next_row(row)
    s = 0
    for v in row:
        s += v
    print("row 60 sum == 2**60:", s == 2 ** 60, s)
    print("C(60, 30) =", row[30])
    print("row 60 ends:", row[0], row[1], row[-2], row[-1], len(row))
    odd = 0
    r = [1]
    for n in range(32):
        for v in r:
            if v % 2 == 1:
                odd += 1
        r = next_row(r)
    print("odd entries in first 32 rows:", odd)


main()
