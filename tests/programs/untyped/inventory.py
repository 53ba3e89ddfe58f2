# An untyped inventory: a class whose fields start as empty containers and
# are typed by the methods that fill them; a list of tuples.


class Inventory:
    def __init__(self):
        self.items = []
        self.by_name = {}
        self.tags = set()
        self.log = []

    def add(self, name: str, qty: int, price: float):
        self.items.append((name, qty, price))
        self.by_name[name] = len(self.items) - 1
        self.log.append(f"add {name}")

    def tag(self, t: str):
        self.tags.add(t)

    def total(self):
        total = 0.0
        for name, qty, price in self.items:
            total += qty * price
        return total

    def report(self):
        lines = []
        for name, qty, price in sorted(self.items, key=lambda it: (-it[1], it[0])):
            lines.append(f"{name:>8} {qty:3d} {price:7.2f}")
        return lines

    def clear(self):
        self.items = []
        self.by_name = {}


inv = Inventory()
print(inv.items, inv.by_name, len(inv.tags), inv.log)
inv.add("apple", 3, 0.5)
inv.add("pear", 10, 0.25)
inv.add("melon", 3, 2.0)
inv.tag("fruit")
inv.tag("fresh")
inv.tag("fruit")
print(inv.items)
print(inv.by_name["pear"], sorted(inv.tags), inv.log)
print(f"{inv.total():.2f}")
for line in inv.report():
    print(line)
inv.clear()
print(inv.items, inv.by_name, inv.total())

stock = []
stock.append(("bolt", 120))
stock.append(("nut", 80))
low = []
for name, n in stock:
    if n < 100:
        low.append(name)
print(stock, low)

matrix = []
for i in range(3):
    row = []
    for j in range(3):
        row.append(i * j)
    matrix.append(row)
print(matrix)
