# error: 3:5: 'tuple' object has no attribute 'append'
def f(*xs: int) -> None:
    xs.append(1)


f(1)
