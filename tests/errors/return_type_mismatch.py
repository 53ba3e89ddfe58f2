# error: 5:12: function 'f' returns str but is annotated -> int


def f(n: int) -> int:
    return "n = " + str(n)


print(f(1))
