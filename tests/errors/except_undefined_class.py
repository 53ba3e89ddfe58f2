# error: 7:12: unsupported except clause: 'BadInput' is not an exception class


def main() -> None:
    try:
        print(1)
    except BadInput:
        print("no")


main()
