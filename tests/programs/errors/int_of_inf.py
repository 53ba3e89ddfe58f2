# OverflowError converting an infinite float to int.

big = 1e308
print(int(1e18) > 0, big > 1e307)
print(int(big * 10))
