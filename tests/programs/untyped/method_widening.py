# Untyped parameters given instances of sibling classes widen to their
# common base; an exception class with an untyped __init__.


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class Animal:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return f"{self.name} greets {other.name}"


class Dog(Animal):
    pass


class Cat(Animal):
    pass


d = Dog("rex")
c = Cat("tom")
print(d.greet(c))
print(c.greet(d))
try:
    raise AppError(3, "boom")
except AppError as e:
    print(e.code, e)
