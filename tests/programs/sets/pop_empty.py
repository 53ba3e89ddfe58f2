# An uncaught KeyError from pop on an empty set.
s = {1}
print(s.pop())
s.pop()
