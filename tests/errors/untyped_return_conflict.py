# error: 8:12: function 'power' returns float here but int elsewhere


def power(base, exp):
    if exp == 0:
        return 1
    # power(1.5, 0) is the int 1 in Python, so the two returns disagree.
    return base * power(base, exp - 1)


print(power(1.5, 3))
