# error: 3:5: unsupported operand type(s) for |: 'set' and 'list'
s = {1, 2}
t = s | [3]
