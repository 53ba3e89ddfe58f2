# error: 8:9: conflicting types for variable 'label'


def describe(n):
    if n > 0:
        label = n
    else:
        label = "negative"
    return label


print(describe(3))
