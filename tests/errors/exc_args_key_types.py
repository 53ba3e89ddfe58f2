# error: 6:11: cannot type `args`: it holds int here and str elsewhere
d: dict[int, int] = {1: 2}
try:
    print(d[5])
except KeyError as e:
    print(e.args[0] + 1)
try:
    raise KeyError("name")
except KeyError as e:
    print(e.args[0] + 1)
