# error: 3:34: unsupported: an annotated **kwargs in a nested function
def logged(func):
    def wrapper(*args, **kwargs: int):
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2))
