# error: 3:7: unsupported method: dict.most_common()
d: dict[str, int] = {"a": 1}
print(d.most_common(1))
