# raise ValueError("...") three calls deep.


def validate(age: int) -> int:
    if age < 0:
        raise ValueError("age must be non-negative, got " + str(age))
    return age


def register(name: str, age: int) -> str:
    return name + ":" + str(validate(age))


def main() -> None:
    print(register("ada", 36))
    print(register("bob", -4))
    print("not reached")


main()
