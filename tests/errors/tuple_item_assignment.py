# error: 3:1: 'tuple' object does not support item assignment
t = (1, 2)
t[0] = 5
