# error: 3:4: unsupported: a starred target collecting items of different types from a tuple[int, int, str]
t = (1, 2, "a")
a, *b = t
