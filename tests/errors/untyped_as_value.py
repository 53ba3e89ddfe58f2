# error: 8:5: function 'double' has unannotated parameters, so it cannot be used as a value


def double(x):
    return x * 2


f = double
print(f(2))
