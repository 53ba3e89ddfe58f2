# error: 4:7: '<' not supported between instances of 'NoneType' and 'int'
a = (1, None)
b = (1, 2)
print(a < b)
