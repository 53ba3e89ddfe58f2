# error: 9:5: Point.__init__() missing 1 required positional argument: 'y'


class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

p = Point(1)
