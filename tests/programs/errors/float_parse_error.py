# ValueError from float() of a non-numeric string.

values = ["1.5", "2e3", "-0.5", "abc"]
total = 0.0
for v in values:
    total += float(v)
    print("running total", total)
