# error: 3:7: unsupported: ordering sets by '<' (a subset test, not a total order)
xs = [{1}, {2}]
print(sorted(xs))
