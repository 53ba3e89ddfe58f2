# Default parameter values and keyword arguments at call sites.


def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return greeting + ", " + name + punct


def box(width: int, height: int = 2, fill: str = "#") -> None:
    for _ in range(height):
        print(fill * width)


def scale(x: float, factor: float = 2.0, offset: float = 0.0) -> float:
    return x * factor + offset


def clamp(value: int, low: int = 0, high: int = 100) -> int:
    return max(low, min(value, high))


def describe(n: int, verbose: bool = False) -> str:
    if verbose:
        return f"the number {n} (squared: {n * n})"
    return str(n)


def main() -> None:
    print(greet("Ada"))
    print(greet("Ada", "Hi"))
    print(greet("Ada", "Hi", "?"))
    print(greet("Ada", punct="..."))
    print(greet(name="Grace"))
    print(greet(greeting="Welcome", name="Linus"))
    print(greet(punct="!!", greeting="Hey", name="Guido"))
    box(4)
    box(3, 1)
    box(width=5, fill="*")
    box(2, fill="o", height=3)
    print(scale(1.5), scale(1.5, 3.0), scale(1.5, offset=0.25), scale(x=2.0, factor=0.5, offset=-1.0))
    print(clamp(150), clamp(-5), clamp(42), clamp(7, high=5), clamp(7, low=10), clamp(value=3, low=1, high=2))
    print(describe(4), describe(4, True), describe(n=5, verbose=True), describe(verbose=False, n=6))


main()
