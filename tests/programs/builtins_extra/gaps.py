# Small builtins: sum with start, join over a str, round(int, n),
# three-argument pow, startswith/endswith with tuples, empty displays
# stored into typed items and fields, and/or with same-typed operands.
empty: list[int] = []
print(sum(empty), sum([1, 2, 3], 10), sum([0.5, 0.25], 1.0))

print(", ".join("abc"), "-".join(""), "".join("xyz"))

for x in [1234, 1250, 1350, 15, 25, -25, -35, 5, 0, 999999]:
    print(round(x, -1), round(x, -2), round(x, 2), round(x, -7))
print(round(True, 0))

print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 10, 1))
print(pow(38, -2, 97), pow(123456789, 987654321, 1000000007), pow(4, 0, -3))
for b, m in [(2, 4), (6, 9)]:
    try:
        print(pow(b, -1, m))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(pow(2, 5, 0))
except ValueError as e:
    print("ValueError:", e)

name = "report_2024.csv"
print(name.startswith(("report", "summary")), name.startswith(("x", "y")))
print(name.endswith((".csv", ".tsv")), name.endswith((".txt",)), name.endswith(()))
exts = (".py", ".pyi")
print("mod.pyi".endswith(exts), "mod.c".endswith(exts))


class Registry:
    def __init__(self) -> None:
        self.groups: dict[str, list[str]] = {}
        self.meta: dict[str, dict[str, int]] = {}
        self.order: list[str] = ["seed"]

    def add(self, group: str, item: str) -> None:
        if group not in self.groups:
            self.groups[group] = []
            self.meta[group] = {}
        self.groups[group].append(item)
        self.meta[group][item] = len(item)

    def clear(self) -> None:
        self.order = []


reg = Registry()
reg.add("fruit", "apple")
reg.add("fruit", "fig")
reg.add("veg", "leek")
reg.clear()
print(reg.groups, reg.meta, reg.order)
grid: list[list[int]] = [[1, 2], [3]]
grid[0] = []
print(grid)


def label(s: str, n: int) -> str:
    shown = s or "(empty)"
    count = n or 1
    return f"{shown} x{count} {s and 'named'}"


print(label("", 0), label("tea", 3))
