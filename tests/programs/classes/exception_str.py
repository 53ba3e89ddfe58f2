class ValidationError(Exception):
    def __init__(self, field: str, problems: list[str]):
        self.field = field
        self.problems = problems

    def __str__(self) -> str:
        return f"{self.field}: " + "; ".join(self.problems)


class CodeError(KeyError):
    pass


try:
    raise ValidationError("age", ["negative", "too large"])
except ValidationError as e:
    print(str(e))
    print(e.problems)
    print(f"[{e}]")

try:
    raise CodeError("missing")
except KeyError as e:
    print(str(e), repr(e))

try:
    raise CodeError(42)
except LookupError as e:
    print(str(e), repr(e))


def check(age: int) -> None:
    if age < 0:
        raise ValidationError("age", ["negative"])


check(5)
check(-1)
