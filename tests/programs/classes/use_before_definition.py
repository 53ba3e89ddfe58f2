def make() -> "Late":
    return Late(1)


def level() -> int:
    return Late.level


try:
    make()
except NameError as e:
    print("NameError:", e)
try:
    print(level())
except NameError as e:
    print("NameError:", e)


class Late:
    level = 3

    def __init__(self, n: int):
        self.n = n

    def again(self) -> "Late":
        return Late(self.n + 1)


print(make().again().n, level())
