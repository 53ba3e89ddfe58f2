# error: 5:11: 'int' object is not callable


def main(count: int) -> None:
    print(count(3))


main(1)
