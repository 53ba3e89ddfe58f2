# error: 2:5: cannot infer the element type of this empty set
s = set()
