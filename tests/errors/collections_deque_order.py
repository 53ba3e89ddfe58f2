# error: 5:7: unsupported comparison '<' between deque[int] and deque[int]
from collections import deque

a = deque([1, 2])
print(a < deque([3]))
