# error: 3:11: cannot infer the element type of this empty list
def f():
    out = []
    for x in out:
        print(x + 1)
    return 0


print(f())
