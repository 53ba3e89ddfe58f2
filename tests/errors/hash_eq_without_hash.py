# error: 10:7: unhashable type: 'P'
class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: "P") -> bool:
        return self.x == other.x


print(hash(P(1)))
