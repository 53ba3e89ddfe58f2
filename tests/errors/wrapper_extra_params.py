# error: 3:17: unsupported: a nested function with *args and other parameters
def tagged(func):
    def wrapper(tag, *args):
        return func(*args)
    return wrapper


@tagged
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2))
