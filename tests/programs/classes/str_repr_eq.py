class Money:
    def __init__(self, cents: int, currency: str = "EUR"):
        self.cents = cents
        self.currency = currency

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

    def __repr__(self) -> str:
        return f"Money({self.cents}, {self.currency!r})"

    def __eq__(self, other: "Money") -> bool:
        return self.cents == other.cents and self.currency == other.currency


class Tag:
    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return "<" + self.name + ">"


a = Money(1050)
b = Money(1050, "EUR")
c = Money(99, "USD")
print(a)
print(str(c), repr(c))
print(f"{a} and {b!r} and {c}")
print([a, c])
print({"x": a})
print(a == b, a == c, a != c, a is b, a is a, a is not b)
print(a in [c, b], c in [a, b])
wallet = [c, a, b]
print(wallet.count(b), wallet.index(a))
wallet.remove(Money(1050))
print(wallet)
t = Tag("x")
print(t, [t, Tag("y")], str(t))
print(f"{t!r}")
n = None
print(t == n, t is None, n is None)
