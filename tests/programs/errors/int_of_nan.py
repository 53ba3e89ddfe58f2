# ValueError converting NaN to int.

inf = float("inf")
print(inf - inf)
print(int(inf - inf))
