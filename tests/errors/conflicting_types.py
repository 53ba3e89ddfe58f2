# error: 6:5: conflicting types for variable 'x'


def main() -> None:
    x = 1
    x = "one"
    print(x)


main()
