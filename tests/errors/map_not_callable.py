# error: 2:16: 'int' object is not callable
print(list(map(3, [1, 2])))
