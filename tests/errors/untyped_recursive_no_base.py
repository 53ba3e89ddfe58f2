# error: 4:5: cannot infer the return type of recursive function 'forever'


def forever(n):
    return forever(n + 1)


print(forever(0))
