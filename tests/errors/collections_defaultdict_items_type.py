# error: 5:45: expected the items of a defaultdict[str, int], not a dict[str, str]
from collections import defaultdict

pairs = [("a", "x")]
d: defaultdict[str, int] = defaultdict(int, pairs)
print(d)
