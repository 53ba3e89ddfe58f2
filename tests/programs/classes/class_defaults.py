class Config:
    verbose: bool = False
    level = 1
    name = "cfg"
    ratio: float = 0.5

    def __init__(self, name: str):
        self.name = name

    def enable(self) -> None:
        self.verbose = True
        self.level += 1

    def show(self) -> str:
        return f"{self.name} verbose={self.verbose} level={self.level} ratio={self.ratio}"


a = Config("a")
b = Config("b")
print(a.show(), "|", b.show())
a.enable()
a.enable()
print(a.show(), "|", b.show())
Config.level = 10
Config.verbose = True
print(a.show(), "|", b.show(), "|", Config.level, Config.name)
b.ratio = 2.0
print(b.show(), Config.ratio)


class Counter:
    count = 0

    def hit(self) -> int:
        self.count += 1
        return self.count


c1 = Counter()
c2 = Counter()
print(c1.hit(), c1.hit(), c2.hit(), Counter.count)
Counter.count = 100
c3 = Counter()
print(c3.hit(), c1.hit(), Counter.count)
