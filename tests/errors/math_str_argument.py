# error: 4:17: must be real number, not str
import math

print(math.sqrt("2"))
