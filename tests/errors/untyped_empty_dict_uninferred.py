# error: 2:8: cannot infer the key and value types of this empty dict
seen = {}
for k in seen:
    print(k)
