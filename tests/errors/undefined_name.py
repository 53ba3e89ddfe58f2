# error: 5:5: name 'foo' is not defined


def main() -> None:
    foo()


main()
