from dataclasses import dataclass, field
from typing import Optional


@dataclass
class P:
    x: float
    y: float = 0.0
    tags: list[str] = field(default_factory=list)
    name: str = field(default="p", repr=False)
    hidden: int = field(default=0, compare=False)

    def moved(self, dx: float) -> "P":
        return P(self.x + dx, self.y, self.tags, self.name, self.hidden)


@dataclass
class Q(P):
    z: int = 5


class R(P):
    pass


p = P(1.0)
print(p, Q(1.0, 2.0, ["a"], "n", 3, 7), R(2.0))
print(p == P(1.0), p == P(1.0, hidden=4), p == R(1.0), R(1.0) == p, Q(1.0) == P(1.0))
print(P(1.0, tags=["x"]).tags, P(0.5).tags == P(0.5).tags)
p.tags.append("moved")
print(p.moved(2.5), p.name)


@dataclass
class S:
    s: str
    b: bool = True
    n: Optional[P] = None


print(S("it's"), S('a"b', False), S("x", n=P(3.0)))


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self) -> float:
        return self.price * self.qty

    def __post_init__(self) -> None:
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.name}")


cart = [Item("apple", 0.5, 6), Item("pear", 0.75), Item("melon", 3.0, 2)]
print(cart)
print(sum([i.total() for i in cart]))
print(Item("pear", 0.75) in cart, cart.index(Item("melon", 3.0, 2)))
try:
    Item("ghost", 1.0, -1)
except ValueError as e:
    print("ValueError:", e)


@dataclass(eq=False)
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)

    def add(self, v: int) -> "Node":
        child = Node(v)
        self.children.append(child)
        return child

    def total(self) -> int:
        t = self.value
        for c in self.children:
            t += c.total()
        return t


root = Node(1)
a = root.add(2)
a.add(3)
root.add(4).add(5)
print(root.total(), len(root.children), root == Node(1), root == root)
print(Node(7))
