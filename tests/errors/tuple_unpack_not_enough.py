# error: 7:5: not enough values to unpack (expected 3, got 2)
def pair() -> tuple[int, str]:
    return 1, "a"


def main() -> None:
    a, b, c = pair()
