# error: 12:11: 'Point' object has no attribute 'xx'


class Point:
    def __init__(self, x: int):
        self.x = x


def f(p: Point) -> int:
    total = p.x
    total += p.x
    p = p.xx
    return total
