class Base:
    def __init__(self) -> None:
        self.events: list[str] = []
        print("Base.__init__")

    def save(self) -> str:
        self.events.append("base")
        return "saved"


class Logged(Base):
    def __init__(self) -> None:
        print("Logged.__init__")
        super().__init__()

    def save(self) -> str:
        print("log before save")
        r = super().save()
        self.events.append("logged")
        return r + "+logged"


class Validated(Base):
    def __init__(self) -> None:
        print("Validated.__init__")
        super().__init__()

    def save(self) -> str:
        print("validate")
        self.events.append("validated")
        return super().save() + "+validated"


class Model(Logged, Validated):
    def __init__(self, name: str) -> None:
        print("Model.__init__")
        super().__init__()
        self.name = name
        print(self.events, self.name)

    def save(self) -> str:
        return "model:" + super().save()


class Record(Validated, Logged):
    pass


class Special(Model):
    def save(self) -> str:
        return "special:" + super().save()


m = Model("m")
print(m.save())
print(m.events)
r = Record()
print(r.save())
print(r.events)
s = Special("s")
print(s.save(), s.events, s.name)
l = Logged()
print(l.save(), l.events)
things: list[Base] = [m, r, s, l, Validated()]
for t in things:
    print(t.save(), len(t.events))
    print(isinstance(t, Logged), isinstance(t, Validated), isinstance(t, Model))
