# error: 11:21: 'Loud' object has no attribute 'name'


class Animal:
    def name(self) -> str:
        return "rex"


class Loud:
    def shout(self) -> str:
        return self.name().upper()


class Dog(Animal, Loud):
    pass


print(Dog().shout())
