# error: 2:5: cannot infer the element type of an empty set
s = set()
