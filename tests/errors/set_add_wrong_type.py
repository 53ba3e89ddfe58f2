# error: 3:7: expected int for an element of a set[int], not str
s = {1, 2}
s.add("x")
