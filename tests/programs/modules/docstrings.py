"""Module docstring: an expression statement that does nothing."""


def documented(n: int) -> int:
    """Return n doubled."""
    return n * 2


def main() -> None:
    """Entry point."""
    "a bare string statement"
    print(documented(21))


if __name__ == "__main__":
    main()
