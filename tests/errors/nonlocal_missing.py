# error: 3:14: no binding for nonlocal 'x' found
def f() -> None:
    nonlocal x
    x = 1
f()
