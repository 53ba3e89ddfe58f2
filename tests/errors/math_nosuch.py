# error: 4:12: module 'math' has no attribute 'nosuch'
import math

print(math.nosuch(1.0))
