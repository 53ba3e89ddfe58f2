# error: 4:21: unsupported: using 'kwargs' other than forwarding it as `**kwargs`
def logged(func):
    def wrapper(*args, **kwargs):
        print(args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2))
