# error: 4:13: a tuple[int, str] can only be indexed by a constant
t = (1, "a")
for i in range(2):
    print(t[i])
