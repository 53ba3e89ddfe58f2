# error: 3:6: unhashable type: 'set'
s = {1, 2}
t = {s}
