class Animal:
    def __init__(self, name: str, sound: str) -> None:
        self.name = name
        self.sound = sound

    def speak(self) -> str:
        return f"{self.name} says {self.sound}"

    def kind(self) -> str:
        return "animal"


class JsonMixin:
    indent: int = 0

    def to_json(self) -> str:
        parts = [f'"{k}": "{v}"' for k, v in self.pairs()]
        return "{" + ", ".join(parts) + "}"

    def pairs(self) -> list[tuple[str, str]]:
        raise NotImplementedError("pairs")


class ReprMixin:
    def __repr__(self) -> str:
        return f"<{self.kind()} {self.label()}>"

    def kind(self) -> str:
        return "thing"

    def label(self) -> str:
        return "?"


class Dog(Animal, JsonMixin, ReprMixin):
    def __init__(self, name: str, tricks: list[str]) -> None:
        super().__init__(name, "woof")
        self.tricks = tricks

    def pairs(self) -> list[tuple[str, str]]:
        return [("name", self.name), ("tricks", ",".join(self.tricks))]

    def label(self) -> str:
        return self.name


class Cat(Animal, ReprMixin):
    def kind(self) -> str:
        return "cat"

    def __repr__(self) -> str:
        return "Cat(" + super().__repr__() + ")"


class Puppy(Dog):
    def to_json(self) -> str:
        return "puppy " + super().to_json()


def all_speak(animals: list[Animal]) -> None:
    for a in animals:
        print(a.speak(), a.kind(), repr(a))


d = Dog("rex", ["sit", "roll"])
c = Cat("tom", "meow")
p = Puppy("bit", [])
print(d.to_json())
print(p.to_json())
print(repr(d), repr(c), repr(p))
print(d, c)
print([d, c, p])
all_speak([d, c, p])
print(isinstance(d, JsonMixin), isinstance(c, JsonMixin), isinstance(p, ReprMixin))
zoo: list[Animal] = [d, c, p]
print([isinstance(a, JsonMixin) for a in zoo])
print(Dog.indent, d.indent)
m = JsonMixin()
try:
    m.to_json()
except NotImplementedError as e:
    print("NotImplementedError", e)
r = ReprMixin()
print(repr(r))
