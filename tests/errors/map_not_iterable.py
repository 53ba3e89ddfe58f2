# error: 2:21: 'int' object is not iterable
print(list(map(str, 5)))
