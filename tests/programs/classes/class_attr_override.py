class Animal:
    sound = "..."
    legs: int = 4
    kind = "animal"

    def __init__(self, name: str):
        self.name = name

    def speak(self) -> str:
        return f"{self.name} the {self.kind} says {self.sound} on {self.legs} legs"


class Dog(Animal):
    sound = "woof"
    kind = "dog"


class Bird(Animal):
    sound = "tweet"
    legs: int = 2
    kind = "bird"


class Puppy(Dog):
    sound = "yip"


zoo: list[Animal] = [Animal("generic"), Dog("rex"), Bird("tweety"), Puppy("bit")]
for a in zoo:
    print(a.speak())
print(Animal.sound, Dog.sound, Puppy.sound, Puppy.kind, Bird.legs)
Dog.sound = "WOOF"
print([a.sound for a in zoo])
d: Dog = Puppy("p")
print(d.sound, d.kind)
