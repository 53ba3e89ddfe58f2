# error: 4:40: defaultdict(list) makes list values, not int
from collections import defaultdict

d: defaultdict[str, int] = defaultdict(list)
