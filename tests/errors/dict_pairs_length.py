# error: 2:12: dictionary update sequence element #0 has length 3; 2 is required
print(dict([(1, 2, 3)]))
