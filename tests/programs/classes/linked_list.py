from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None):
        self.value = value
        self.next = next

    def __repr__(self) -> str:
        return f"Node({self.value})"


class LinkedList:
    def __init__(self):
        self.head: Node | None = None
        self.size = 0

    def push(self, v: int) -> None:
        self.head = Node(v, self.head)
        self.size += 1

    def pop(self) -> int:
        node = self.head
        if node is None:
            raise IndexError("pop from empty list")
        self.head = node.next
        self.size -= 1
        return node.value

    def to_list(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self) -> None:
        prev: Optional[Node] = None
        cur = self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev


ll = LinkedList()
for i in range(5):
    ll.push(i * i)
print(ll.to_list(), ll.size)
ll.reverse()
print(ll.to_list())
print(ll.pop(), ll.pop(), ll.size)
print(ll.head, ll.head.next if ll.head else None)
empty = LinkedList()
print(empty.head, empty.to_list(), bool(empty.head))
nodes = [Node(1), None, Node(2)]
print(nodes)
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
x: Node | None = None
try:
    print(x.value)
except AttributeError as e:
    print("AttributeError:", e)
print(empty.head.value)
