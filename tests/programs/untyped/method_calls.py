# Untyped methods called every way: keywords (and a keyword-only
# parameter), recursion through self, an inherited method called on a
# subclass, a static method through the class and through an instance,
# and None then an int for the same parameter (Optional[int]).


class Calc:
    def __init__(self, base, *, scale=1):
        self.base = base
        self.scale = scale

    def fact(self, n):
        if n <= 1:
            return 1
        return n * self.fact(n - 1)

    def scaled(self, xs):
        return [x * self.scale + self.base for x in xs]

    def clip(self, v, hi):
        if hi is None:
            return v
        return min(v, hi)

    @staticmethod
    def twice(x):
        return x + x


class Sub(Calc):
    pass


c = Calc(base=10, scale=2)
s = Sub(3)
print(c.fact(5), s.fact(3))
print(c.scaled([1, 2, 3]), s.scaled(xs=[4]))
print(c.clip(5, None))
print(c.clip(5, 3))
print(s.twice("ab"), Calc.twice("x"))
print(c.base, s.scale, s.base)
