# bytes(list) with an item outside range(0, 256), uncaught
values = [1, 2, 300]
print(bytes(values[:2]))
print(bytes(values))
