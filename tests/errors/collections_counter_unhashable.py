# error: 4:13: unhashable type: 'list'
from collections import Counter

c = Counter([[1], [2]])
