# error: 4:13: list elements must have one type: int and str


items = [1, "a", 2]
print(items)
