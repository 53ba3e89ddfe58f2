# error: 4:22: 'float' object cannot be interpreted as an integer
import math

print(math.factorial(5.0))
