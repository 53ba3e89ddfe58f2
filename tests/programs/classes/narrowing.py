from typing import Optional


class Shape:
    def area(self) -> float:
        return 0.0


class Circle(Shape):
    def __init__(self, r: float):
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float):
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


shapes: list[Shape] = [Circle(1.0), Rect(2.0, 3.0), Circle(0.5), Shape()]
for s in shapes:
    if isinstance(s, Circle):
        print("circle r =", s.r, s.area())
    elif isinstance(s, Rect):
        print("rect", s.w, "x", s.h)
    else:
        print("shape", s.area())


def widest(items: list[Shape]) -> float:
    best = 0.0
    for it in items:
        if isinstance(it, Rect):
            if it.w > best:
                best = it.w
    return best


print(widest(shapes))
maybe: Optional[Shape] = None
print(isinstance(maybe, Circle), maybe is None)
maybe = shapes[1]
if isinstance(maybe, Rect):
    maybe.w = 10.0
print(widest(shapes), shapes[1].area())
