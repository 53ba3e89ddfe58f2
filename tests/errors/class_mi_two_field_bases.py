# error: 14:19: class 'Pet' inherits instance attributes from both 'Animal' and 'Tagged' ('tag')


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Tagged:
    def __init__(self) -> None:
        self.tag = "t"


class Pet(Animal, Tagged):
    pass


p = Pet("rex")
print(p.name)
