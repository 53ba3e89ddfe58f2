def divide(a, b):
    return a // b


def first(xs):
    return xs[0]


print(divide(7, 2))
print(first([4, 5]))
print(first("xyz"))
print(divide(1, 0))
