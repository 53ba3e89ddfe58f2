# An uncaught KeyError from set.remove with an int key.
s = {10, 20}
s.remove(10)
print(s)
s.remove(10)
print("not reached")
