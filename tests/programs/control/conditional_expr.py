# Conditional expressions, including nested ones and ones inside f-strings and calls.


def parity(n: int) -> str:
    return "even" if n % 2 == 0 else "odd"


def sign(n: int) -> str:
    return "positive" if n > 0 else "zero" if n == 0 else "negative"


def safe_div(a: float, b: float) -> float:
    return a / b if b != 0.0 else 0.0


def main() -> None:
    for n in range(-2, 4):
        print(n, parity(n), sign(n), f"{'big' if n > 1 else 'small'}")
    print(safe_div(1.0, 4.0), safe_div(1.0, 0.0))
    x = 7
    y = x * 2 if x > 5 else x - 1
    print(y, (1 if x else 0) + 10, max(x if x > 3 else 3, 5))
    word = "s" if x != 1 else ""
    print(f"{x} item{word}")


main()
