# error: 2:18: cannot import name 'nosuch' from 'math'
from math import nosuch

print(nosuch)
