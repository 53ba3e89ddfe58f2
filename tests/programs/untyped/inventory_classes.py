# Untyped inventory classes: a parent given as None or as an item (the
# field is a class that may be None), an optional count (None or int),
# subclass instances passed where the base's parameter learned its type,
# and a method only ever called through self.


class Item:
    def __init__(self, sku, name, price, parent=None):
        self.sku = sku
        self.name = name
        self.price = price
        self.parent = parent
        self.stock = 0

    def path(self):
        if self.parent is None:
            return self.name
        return self.parent.path() + "/" + self.name

    def restock(self, n):
        self.stock = self.clamp(self.stock + n)

    def clamp(self, n):
        return max(0, min(n, 99))

    def value(self):
        return self.stock * self.price


class Bundle(Item):
    def __init__(self, sku, name, parts):
        super().__init__(sku, name, 0.0)
        self.parts = parts

    def value(self):
        return sum(p.value() for p in self.parts)


class Shelf:
    def __init__(self, label, limit=None):
        self.label = label
        self.limit = limit
        self.items = []

    def put(self, item):
        limit = self.limit
        if limit is not None and len(self.items) >= limit:
            print(f"{self.label}: full, {item.name} not stored")
            return False
        self.items.append(item)
        return True

    def report(self, header):
        print(header, self.label)
        for it in self.items:
            print(f"  {it.sku:>4} {it.path():<18} {it.stock:3d} {it.value():8.2f}")


tools = Item(1, "tools", 0.0)
hammer = Item(2, "hammer", 12.5, tools)
saw = Item(3, "saw", 20.0, tools)
kit = Bundle(4, "kit", [hammer, saw])
hammer.restock(4)
saw.restock(150)
saw.restock(-200)
saw.restock(2)

big = Shelf("A")
small = Shelf("B", 2)
for it in [hammer, saw, kit]:
    big.put(it)
    small.put(it)
big.report("shelf")
small.report("shelf")
print(kit.parts[0].name, kit.parent is None, small.limit, big.limit)
