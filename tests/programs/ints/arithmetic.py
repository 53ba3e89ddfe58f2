# Integer arithmetic: precedence, unary operators, augmented assignment.


def show(label: str, value: int) -> None:
    print(label, "=", value)


def main() -> None:
    a = 17
    b = 5
    show("a + b", a + b)
    show("a - b", a - b)
    show("b - a", b - a)
    show("a * b", a * b)
    show("a // b", a // b)
    show("a % b", a % b)
    show("a ** 2", a ** 2)
    show("-a", -a)
    show("+a", +a)
    show("--a", --a)
    show("-(-a)", -(-a))
    show("2 + 3 * 4", 2 + 3 * 4)
    show("(2 + 3) * 4", (2 + 3) * 4)
    show("2 * 3 ** 2", 2 * 3 ** 2)
    show("-2 ** 2", -2 ** 2)
    show("(-2) ** 2", (-2) ** 2)
    show("2 ** 3 ** 2", 2 ** 3 ** 2)
    show("100 - 10 - 1", 100 - 10 - 1)
    show("100 // 10 // 3", 100 // 10 // 3)
    show("7 % 3 * 2", 7 % 3 * 2)
    show("1_000_000 + 1", 1_000_000 + 1)
    show("0x1F", 0x1F)
    show("0o17", 0o17)
    show("0b1011", 0b1011)
    x = 10
    x += 5
    show("x += 5", x)
    x -= 3
    show("x -= 3", x)
    x *= 4
    show("x *= 4", x)
    x //= 5
    show("x //= 5", x)
    x %= 7
    show("x %= 7", x)
    x **= 3
    show("x **= 3", x)
    total = 0
    for i in range(1, 101):
        total += i * i
    show("sum of squares 1..100", total)
    product = 1
    for i in range(1, 21):
        product *= i
    show("20!", product)
    print(abs(-42), abs(42), abs(0))
    print(min(3, 9), max(3, 9), min(4, -2, 8, 1), max(4, -2, 8, 1))
    print(10 == 10, 10 != 10, 3 < 4, 4 <= 4, 5 > 6, 6 >= 7)


main()
