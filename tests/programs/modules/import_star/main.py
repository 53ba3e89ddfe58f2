from shapes import *
from exported import *
from math import *
from random import *

print(SIDES)
sq = Square(3)
print(describe(sq))
print(greet("ann"), LIMIT)
print(sqrt(16.0), floor(pi), gcd(12, 18))
seed(5)
print(randint(1, 100), choice(["a", "b", "c"]))


def uses_globals() -> int:
    return SIDES * LIMIT


print(uses_globals())
