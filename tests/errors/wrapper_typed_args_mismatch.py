# error: 3:24: '*args: int' forwards to Callable[[str], int], whose parameters include str
def checked(func):
    def wrapper(*args: int) -> int:
        return func(*args)
    return wrapper


@checked
def shout(s: str) -> int:
    return len(s)


print(shout("hi"))
