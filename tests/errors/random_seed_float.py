# error: 4:13: unsupported: random.seed() of a float
import random

random.seed(1.5)
