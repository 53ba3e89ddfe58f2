SCALE = 1.0


def square(x: float) -> float:
    return x * x


class Unit:
    def __init__(self, name: str) -> None:
        self.name = name
