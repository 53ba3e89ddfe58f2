# error: 3:9: tuple index out of range
t = (1, "a")
print(t[2])
