# error: 4:7: unsupported: the module 'math' used as a value
import math

print(math)
