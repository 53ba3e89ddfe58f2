# Functions may call functions defined later in the module; argument evaluation order is left to right.

counter = 0


def main() -> None:
    print(helper(3))
    print(combine(tick("a"), tick("b"), tick("c")))
    print(twice(5), square(twice(2)), square(square(3)))
    print(later_defined())


def tick(label: str) -> int:
    global counter
    counter += 1
    print("tick", label, counter)
    return counter


def combine(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


def helper(n: int) -> str:
    return "helper(" + str(n) + ") -> " + str(square(n) + twice(n))


def square(n: int) -> int:
    return n * n


def twice(n: int) -> int:
    return 2 * n


def later_defined() -> str:
    return "defined after main, called from main"


main()
print("counter at end:", counter)
