# error: 4:17: unsupported: math.prod() of floats without a float start
import math

print(math.prod([1.5, 2.0]))
