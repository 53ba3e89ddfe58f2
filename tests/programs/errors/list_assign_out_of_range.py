# IndexError from assigning past the end of a list.

xs: list[str] = []
xs.append("a")
xs[0] = "b"
print(xs)
xs[1] = "c"
