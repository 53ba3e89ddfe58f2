# error: 2:7: filter expected 2 arguments, got 1
print(filter([1, 2]))
