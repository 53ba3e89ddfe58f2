# error: 4:5: cannot infer the key and value types of a defaultdict
from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
