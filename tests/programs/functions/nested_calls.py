# Many small functions composed; int, float, str and bool parameters and returns.


def area(w: float, h: float) -> float:
    return w * h


def perimeter(w: float, h: float) -> float:
    return 2 * (w + h)


def is_square(w: float, h: float) -> bool:
    return w == h


def label(w: float, h: float) -> str:
    kind = "square" if is_square(w, h) else "rectangle"
    return f"{kind} {w}x{h}: area={area(w, h)} perimeter={perimeter(w, h)}"


def digits(n: int) -> int:
    count = 1
    while n >= 10:
        n //= 10
        count += 1
    return count


def pad(n: int, width: int) -> str:
    return " " * (width - digits(n)) + str(n)


def main() -> None:
    print(label(2.0, 3.5))
    print(label(4.0, 4.0))
    print(label(0.1, 0.2))
    for n in [1, 9, 10, 99, 100, 12345, 9223372036854775807]:
        print("[" + pad(n, 20) + "]", digits(n))


main()
