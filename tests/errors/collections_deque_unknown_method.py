# error: 5:1: 'collections.deque' object has no attribute 'insertleft'
from collections import deque

q = deque([1, 2])
q.insertleft(0)
