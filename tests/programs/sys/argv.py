# sys.argv holds the script path (path-dependent, so not printed) and no other arguments.
import sys


def main() -> None:
    print("argc:", len(sys.argv))
    first = sys.argv[0]
    print("argv[0] ends with .py:", first[-3:] == ".py")
    print("argv[0] mentions argv:", "argv" in first)
    print("argv[-1] is argv[0]:", sys.argv[-1] == first)
    for arg in sys.argv:
        print("arg length positive:", len(arg) > 0)


main()
