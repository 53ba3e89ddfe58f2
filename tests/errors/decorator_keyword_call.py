# error: 14:11: unsupported: keyword arguments in a call of a Callable value
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add(a=1, b=2))
