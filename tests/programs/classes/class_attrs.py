class Counter:
    created: int = 0
    label = "counter"
    step = 1

    def __init__(self, start: int):
        self.value = start
        Counter.created += 1

    def tick(self) -> int:
        self.value += self.step
        return self.value

    def name(self) -> str:
        return self.label + "#" + str(self.value)


class Fast(Counter):
    def __init__(self, start: int):
        super().__init__(start)
        self.boost = 10

    def tick(self) -> int:
        self.value += self.boost
        return self.value


print(Counter.created, Counter.label)
a = Counter(5)
b = Fast(1)
print(Counter.created)
print(a.tick(), a.tick(), b.tick(), b.tick())
print(a.name(), b.name())
Counter.label = "ctr"
print(a.name(), Fast.label, b.step)


def make_many(n: int) -> list[Counter]:
    out: list[Counter] = []
    for i in range(n):
        out.append(Counter(i) if i % 2 == 0 else Fast(i))
    return out


many = make_many(5)
print([c.tick() for c in many], Counter.created)


class Stack:
    def __init__(self):
        self.items: list[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def pop(self) -> int:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return len(self.items) > 0


s = Stack()
print(bool(s), len(s))
s.push(3)
s.push(4)
print(bool(s), len(s), s.pop(), len(s))
if s:
    print("non-empty")
while s:
    print("pop", s.pop())
print("empty" if not s else "full")


class Sized:
    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n


print(bool(Sized(0)), bool(Sized(2)), len(Sized(7)), any([Sized(0), Sized(1)]), all([Sized(0), Sized(1)]))
