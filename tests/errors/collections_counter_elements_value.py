# error: 5:5: unsupported: Counter.elements() as a value
from collections import Counter

c = Counter("abc")
e = c.elements()
