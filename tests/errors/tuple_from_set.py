# error: 3:10: unsupported syntax: tuple() of a set[int]
xs = {1, 2, 3}
frozen = tuple(xs)
