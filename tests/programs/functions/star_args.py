def total(*nums: int) -> int:
    s = 0
    for n in nums:
        s += n
    return s


def describe(label: str, *items: str, sep: str = ", ") -> str:
    return label + ": " + sep.join(items) + " (" + str(len(items)) + ")"


def show(*xs: float) -> None:
    print(xs, len(xs), 2.0 in xs)
    if len(xs) > 0:
        print(xs[0], xs[-1])


class Acc:
    def __init__(self, *start: int) -> None:
        self.vals = list(start)

    def add(self, *more: int) -> int:
        for m in more:
            self.vals.append(m)
        return len(self.vals)


def pair(*ps: tuple[int, str]) -> None:
    print(ps)


def nested(*ls: list[int]) -> None:
    print(ls, ls == ls)


def idx(*xs: int) -> int:
    return xs[5]


print(total())
print(total(1))
print(total(1, 2, 3))
print(describe("none"))
print(describe("abc", "a", "b", "c", sep="-"))
show()
show(1.0)
show(1.5, 2.0, 3.0)
a = Acc(1, 2)
print(a.add(3, 4, 5), a.vals)
pair((1, "a"), (2, "b"))
nested([1], [2, 3])
print(str(("x",)), repr(()))
try:
    idx(1, 2)
except IndexError as e:
    print("IndexError:", e)
