# Untyped helpers, each specialised per argument types.


def add(a, b):
    return a + b


def scale(x, factor=2):
    return x * factor


def describe(x):
    return "value " + str(x)


def pick(flag, a, b):
    if flag:
        return a
    return b


def twice(x):
    return add(x, x)


def show(label, value=None):
    if value is None:
        print(label)
    else:
        print(label, value)


print(add(1, 2))
print(add(1.5, 2.25))
print(add("py", "aot"))
print(add([1, 2], [3]))
print(scale(21))
print(scale(1.5))
print(scale("ab", 3))
print(scale(x=4, factor=5))
print(describe(3), describe(2.5), describe(True), describe("s"))
print(pick(True, 1, 2), pick(False, "a", "b"))
print(twice(7), twice(0.5), twice("ha"))
show("alone")
print(add(True, True))
print(add(2, 1.0) if False else add(2.0, 1.0))
