# sys.exit(3) stops the program with exit status 3 and prints nothing to stderr.
import sys


def check(n: int) -> None:
    if n > 2:
        print("giving up at", n)
        sys.exit(3)
    print("ok", n)


def main() -> None:
    for i in range(10):
        check(i)
    print("not reached")


main()
print("not reached either")
