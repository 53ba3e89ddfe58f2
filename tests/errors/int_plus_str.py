# error: 3:7: unsupported operand type(s) for +: 'int' and 'str'
x = 1
print(x + "a")
