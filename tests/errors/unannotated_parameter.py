# error: 8:23: parameter 'other' of function 'Box.__add__' needs a type annotation


class Box:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Box(self.n + other.n)


print((Box(1) + Box(2)).n)
