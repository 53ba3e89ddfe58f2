class A:
    def __init__(self, name: str) -> None:
        print("A.__init__")
        self.name = name
        self.log: list[str] = []

    def greet(self) -> str:
        return "A"


class B(A):
    def __init__(self, name: str) -> None:
        print("B.__init__ start")
        super().__init__(name)
        print("B.__init__ end")

    def greet(self) -> str:
        return "B>" + super().greet()


class C(A):
    def __init__(self, name: str) -> None:
        print("C.__init__ start")
        super().__init__(name)
        print("C.__init__ end")

    def greet(self) -> str:
        return "C>" + super().greet()


class D(B, C):
    def greet(self) -> str:
        return "D>" + super().greet()


class E(D):
    pass


def show(a: A) -> None:
    print(a.name, a.greet())


b = B("b")
show(b)
c = C("c")
show(c)
d = D("d")
show(d)
print(d.greet())
e = E("e")
show(e)
print(isinstance(d, C), isinstance(b, C), isinstance(e, B), isinstance(c, D))
items: list[A] = [b, c, d, e]
for it in items:
    print(isinstance(it, C), it.greet())
for it in items:
    if isinstance(it, C):
        print("narrowed", it.greet())
