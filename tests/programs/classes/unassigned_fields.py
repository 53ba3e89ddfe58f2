class Node:
    label: str
    weight: float

    def __init__(self, v: int):
        self.v = v
        if v > 0:
            self.extra = v * 2
        self.report()
        self.done = True

    def report(self) -> None:
        if self.v > 5:
            print("done already?", self.done)
        print("report", self.v)

    def get(self) -> int:
        return self.extra


def show(n: Node) -> None:
    try:
        print(n.get())
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(n.label)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(n.weight)
    except AttributeError as e:
        print("AttributeError:", e)


a = Node(3)
show(a)
b = Node(0)
show(b)
b.label = "bee"
b.weight = 2.5
b.extra = 7
show(b)
print(b.done, b.v)
try:
    Node(9)
except AttributeError as e:
    print("in init:", e)
