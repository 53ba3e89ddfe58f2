class Shape:
    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.size = size

    def area(self) -> int:
        return self.size * self.size


class Comparable:
    def key(self) -> int:
        return 0

    def __eq__(self, other: "Comparable") -> bool:
        return self.key() == other.key()

    def __lt__(self, other: "Comparable") -> bool:
        return self.key() < other.key()


class Sized:
    unit: str = "cm"

    def __len__(self) -> int:
        return self.measure()

    def measure(self) -> int:
        return 0

    @property
    def label(self) -> str:
        return f"{self.measure()}{self.unit}"


class Printable(Sized):
    def __str__(self) -> str:
        return "Printable[" + self.label + "]"


class Square(Shape, Comparable, Printable):
    unit: str = "mm"

    def key(self) -> int:
        return self.area()

    def measure(self) -> int:
        return self.size


class Circle(Shape, Printable):
    def measure(self) -> int:
        return self.size * 3

    def __str__(self) -> str:
        return "Circle " + super().__str__()


sq = [Square("a", 3), Square("b", 1), Square("c", 2)]
print(sorted(sq) == [sq[1], sq[2], sq[0]], sq[0] == Square("z", 3), sq[0] == sq[1])
print([s.name for s in sorted(sq)], min(sq).name, max(sq).name)
print(len(sq[0]), bool(Square("e", 0)), bool(sq[0]))
print(str(sq[0]), sq[1].label, Square.unit, sq[0].unit)
c = Circle("o", 2)
print(c, len(c), c.label, c.unit)
shapes: list[Shape] = [sq[0], c]
for s in shapes:
    print(s.name, s.area(), str(s), isinstance(s, Sized), isinstance(s, Comparable))
print(sq[0] in sq, Square("q", 2) in sq)
