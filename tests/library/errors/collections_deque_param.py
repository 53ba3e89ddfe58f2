# error: 4:5: parameter 'q' of exported function 'drain' has type deque[int], which cannot cross the library boundary
from collections import deque

def drain(q: deque[int]) -> int:
    return len(q)
