class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def shifted(self, dx: float, dy: float = 0.0) -> "Point":
        return Point(self.x + dx, self.y + dy)

    def describe(self) -> str:
        return f"({self.x}, {self.y}) norm2={self.norm2()}"


p = Point(3.0, 4.0)
print(p.x, p.y)
print(p.norm2())
q = p.shifted(1.0)
print(q.describe())
r = q.shifted(dy=2.5, dx=-1.0)
print(r.describe())
p.x += 1.5
p.y = p.y * 2
print(p.describe())


def total(points: list[Point]) -> float:
    s = 0.0
    for pt in points:
        s += pt.x + pt.y
    return s


pts = [Point(1.0, 2.0), Point(3.0, 4.0)]
pts.append(Point(0.5, 0.25))
print(total(pts))
print(len(pts), pts[2].y)
by_name: dict[str, Point] = {"a": p, "b": q}
print(by_name["b"].x)
