from typing import Optional


class Node:
    def __init__(self, v: int, link: bool):
        self.v = v
        if link:
            self.next: Optional[Node] = None
            self.score: Optional[int] = None


a = Node(1, True)
print(a.next, a.score)
a.next = Node(2, True)
a.score = 5
print(a.next.v if a.next else -1, a.score)
b = Node(3, False)
try:
    print(b.next)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(b.score)
except AttributeError as e:
    print("AttributeError:", e)
b.next = None
print(b.next)
