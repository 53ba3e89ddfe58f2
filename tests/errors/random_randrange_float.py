# error: 4:18: unsupported: random.randrange() of a float
import random

random.randrange(2.5)
