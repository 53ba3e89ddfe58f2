# error: 4:7: math.isclose() takes exactly 2 positional arguments (3 given)
import math

print(math.isclose(1.0, 2.0, 0.5))
