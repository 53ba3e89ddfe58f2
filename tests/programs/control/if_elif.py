# if/elif/else chains, nesting, truthiness of ints, floats and strings in conditions.


def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def fizz(n: int) -> str:
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


def main() -> None:
    for s in [100, 95, 90, 89, 80, 79, 70, 65, 60, 59, 0]:
        print(s, grade(s))
    for n in range(1, 31):
        print(fizz(n), end=" ")
    print()
    x = 0
    if x:
        print("x truthy")
    else:
        print("x falsy")
    name = "bob"
    if name:
        if len(name) > 2:
            print("long name")
        else:
            print("short name")
    f = 0.0
    if not f:
        print("zero float is falsy")
    if 1 < 2:
        pass
    print("done")


main()
