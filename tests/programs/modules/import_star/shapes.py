"""A module with public and private names and no __all__."""

SIDES = 4
_secret = "hidden"


class Square:
    def __init__(self, side: int) -> None:
        self.side = side

    def area(self) -> int:
        return self.side * self.side


def describe(s: Square) -> str:
    return f"square of side {s.side}, area {s.area()}"


def _helper() -> int:
    return 99


print("shapes initialised")
