# error: 7:18: cannot type `args`: it holds str here and int elsewhere
def f(n: int) -> None:
    try:
        if n > 1:
            raise ValueError(n)
    except Exception as e:
        for a in e.args:
            print(a + 1)


f(2)
