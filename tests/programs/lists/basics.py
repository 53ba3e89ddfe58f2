# The small list subset: literals, append, len, indexing (negative too), assignment, iteration, print.


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def squares(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        out.append(i * i)
    return out


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print(xs, len(xs), total(xs))
    print(xs[0], xs[-1], xs[3], xs[-3], xs[len(xs) - 1])
    xs[0] = 30
    xs[-1] = 60
    print(xs)
    xs.append(100)
    print(xs, len(xs))
    empty: list[int] = []
    print(empty, len(empty), total(empty))
    empty.append(7)
    print(empty)
    print(squares(10))
    names = ["ada", "grace", "linus"]
    names.append("it's")
    for name in names:
        print(name, len(name))
    print(names)
    floats = [0.1, 0.2, 1e16, -0.0]
    floats[1] = floats[0] + floats[1]
    print(floats)
    flags = [True, False]
    flags.append(1 > 0)
    print(flags)
    i = 0
    while i < len(xs):
        xs[i] = xs[i] * 2
        i += 1
    print(xs)
    nested_sum = 0
    for x in squares(5):
        for y in squares(3):
            nested_sum += x * y
    print(nested_sum)


main()
