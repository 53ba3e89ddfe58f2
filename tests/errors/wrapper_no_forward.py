# error: 3:17: cannot infer the parameter types of 'wrapper'
def count_args(func):
    def wrapper(*args):
        return len(args)
    return wrapper


@count_args
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2))
