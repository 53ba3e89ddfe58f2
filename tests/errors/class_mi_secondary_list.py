# error: 17:19: value of type list[Dog] assigned to 'xs: list[Named]'


class Animal:
    pass


class Named:
    def title(self) -> str:
        return "named"


class Dog(Animal, Named):
    pass


xs: list[Named] = [Dog()]
