# error: 5:5: unsupported syntax: with statements


def main() -> None:
    with open("x") as f:
        print(f)


main()
