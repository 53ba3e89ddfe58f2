# error: 13:1: property 'area' of 'Square' object has no setter


class Square:
    def __init__(self, side: float):
        self.side = side

    @property
    def area(self) -> float:
        return self.side * self.side

s = Square(2.0)
s.area = 5.0
