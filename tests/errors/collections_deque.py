# error: 2:25: cannot import name 'deque' from 'collections'
from collections import deque

q = deque([1, 2])
