# error: 3:10: unsupported syntax: tuple() of a list[int]
xs = [1, 2, 3]
frozen = tuple(xs)
