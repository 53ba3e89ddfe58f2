# error: 5:7: 'collections.defaultdict' object has no attribute 'most_common'
from collections import defaultdict

d: defaultdict[str, int] = defaultdict(int)
print(d.most_common(1))
