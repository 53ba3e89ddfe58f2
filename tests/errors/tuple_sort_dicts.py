# error: 3:7: '<' not supported between instances of 'dict' and 'dict'
rows = [(1, {"a": 1}), (1, {"b": 2})]
print(sorted(rows))
