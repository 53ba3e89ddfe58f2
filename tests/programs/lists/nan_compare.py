# List comparisons are exact even when a NaN decides them.

n = float("nan")
a = [1.0, n]
b = [1.0, 2.0]
print(a < b, a <= b, a > b, a >= b, a == b, a != b, [1, 2] < [1, 2, 3], [[1], [2]] > [[1], [1, 5]])
