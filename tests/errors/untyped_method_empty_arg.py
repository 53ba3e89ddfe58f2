# error: 10:10: cannot infer the type of parameter 'items' of 'Cart.__init__' from an empty list
class Cart:
    def __init__(self, items):
        self.items = items

    def size(self):
        return len(self.items)


c = Cart([])
print(c.size())
