# error: 22:6: argument 'x' of show() must be Named, not Dog


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Named:
    def title(self) -> str:
        return "named"


class Dog(Animal, Named):
    pass


def show(x: Named) -> None:
    print(x.title())


show(Dog("rex"))
