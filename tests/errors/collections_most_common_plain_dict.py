# error: 3:7: 'dict' object has no attribute 'most_common'
d: dict[str, int] = {"a": 1}
print(d.most_common(1))
