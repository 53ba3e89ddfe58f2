# error: 4:1: unsupported: rebinding 'sqrt', which an import of a standard module binds
from math import sqrt

sqrt = 3
print(sqrt)
