# error: 8:13: cannot infer the type of parameter 'xs' of 'total' from an empty list


def total(xs):
    return sum(xs)


print(total([]))
