# error: 5:10: 'int' object does not support the context manager protocol


def main() -> None:
    with 5 as f:
        print(f)


main()
