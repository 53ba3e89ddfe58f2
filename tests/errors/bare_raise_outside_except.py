# error: 5:5: no active exception to re-raise


def main() -> None:
    raise


main()
