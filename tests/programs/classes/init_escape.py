class Base:
    def __init__(self):
        self.ready = False
        self.setup()
        self.ready = True

    def setup(self) -> None:
        print("base setup")


class Sub(Base):
    def __init__(self):
        super().__init__()
        self.items = [1, 2]
        self.count = 2

    def setup(self) -> None:
        print("sub setup, ready =", self.ready)
        try:
            print(len(self.items))
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            print(self.count)
        except AttributeError as e:
            print("AttributeError:", e)


class Registry:
    def __init__(self):
        self.members: list["Member"] = []


class Member:
    def __init__(self, reg: Registry, name: str):
        reg.members.append(self)
        self.name = name


Base()
s = Sub()
print(s.items, s.count, s.ready)
reg = Registry()
Member(reg, "a")
Member(reg, "b")
print([m.name for m in reg.members])
