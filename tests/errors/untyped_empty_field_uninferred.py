# error: 4:22: cannot infer the element type of this empty list
class C:
    def __init__(self):
        self.items = []

    def first(self):
        return self.items[0]


print(C().first())
