# error: 5:10: expected int for an element of a deque[int], not str
from collections import deque

q = deque([1, 2])
q.append("three")
