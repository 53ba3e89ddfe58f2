# error: 15:27: parameter 'k' of 'Shape.scale' is int from another call, but this call passes str
class Shape:
    def scale(self, k):
        return k


class Square(Shape):
    def scale(self, k):
        return k * 2


# Overrides share one signature (calls may go through the method table).
s = Square()
t = Shape()
print(s.scale(2), t.scale("x"))
