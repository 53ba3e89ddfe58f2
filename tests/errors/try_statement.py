# error: 5:5: unsupported syntax: try statements


def main() -> None:
    try:
        print(1 // 0)
    except ZeroDivisionError:
        print("caught")


main()
