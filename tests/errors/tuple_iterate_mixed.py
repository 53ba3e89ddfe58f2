# error: 3:10: cannot iterate over a tuple[int, str]: its elements have different types
row = (1, "a")
for x in row:
    print(x)
