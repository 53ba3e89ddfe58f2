# error: 6:1: g() takes 1 positional argument but 2 were given
def g(a: int) -> None:
    print(a)


g(1, 2)
