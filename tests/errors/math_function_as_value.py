# error: 4:5: unsupported: the built-in function math.sqrt used as a value
import math

f = math.sqrt
print(f(2.0))
