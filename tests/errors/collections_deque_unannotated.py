# error: 4:5: cannot infer the element type of an empty deque
from collections import deque

q = deque()
q.append(1)
