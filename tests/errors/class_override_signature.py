# error: 10:9: method 'Dog.speak' overrides 'Animal.speak' with a different signature


class Animal:
    def speak(self, times: int) -> str:
        return "..." * times


class Dog(Animal):
    def speak(self, times: float) -> str:
        return "woof"
