# An uncaught OverflowError from math.exp.
from math import exp

print(exp(709))
print(exp(710))
