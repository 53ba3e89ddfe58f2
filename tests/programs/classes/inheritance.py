class Shape:
    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with area {self.area():.2f}"

    def kind(self) -> str:
        return "shape"


class Rect(Shape):
    def __init__(self, w: float, h: float):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, side: float):
        super().__init__(side, side)
        self.name = "square"

    def kind(self) -> str:
        return "square:" + super().kind()


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r

    def describe(self) -> str:
        return "round " + super().describe()


shapes: list[Shape] = [Rect(2.0, 3.0), Square(2.0), Circle(1.0), Shape("blob")]
for s in shapes:
    print(s.describe(), s.kind())
    print(isinstance(s, Rect), isinstance(s, Square), isinstance(s, Circle), isinstance(s, Shape))


def biggest(items: list[Shape]) -> Shape:
    best = items[0]
    for it in items:
        if it.area() > best.area():
            best = it
    return best


print(biggest(shapes).name)
sq = Square(5.0)
print(sq.w, sq.h, sq.area(), sq.name)
r: Rect = sq
print(r.area(), r.kind())
total = 0.0
for s in shapes:
    total += s.area()
print(round(total, 3))
