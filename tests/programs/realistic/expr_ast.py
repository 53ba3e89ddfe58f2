"""Expression trees: node classes with virtual eval/simplify/derivative,
a printer, and an inventory of dataclass records sorted several ways."""

from dataclasses import dataclass, field
from typing import Optional


class Expr:
    def eval(self, env: dict[str, float]) -> float:
        raise NotImplementedError("eval")

    def show(self) -> str:
        return "?"

    def deriv(self, var: str) -> "Expr":
        raise NotImplementedError("deriv of " + self.show())

    def simplify(self) -> "Expr":
        return self

    def is_const(self, value: float) -> bool:
        return False

    def __repr__(self) -> str:
        return self.show()


class Num(Expr):
    def __init__(self, value: float):
        self.value = value

    def eval(self, env: dict[str, float]) -> float:
        return self.value

    def show(self) -> str:
        v = self.value
        return str(int(v)) if v == int(v) else str(v)

    def deriv(self, var: str) -> Expr:
        return Num(0.0)

    def is_const(self, value: float) -> bool:
        return self.value == value


class Var(Expr):
    def __init__(self, name: str):
        self.name = name

    def eval(self, env: dict[str, float]) -> float:
        if self.name not in env:
            raise KeyError(self.name)
        return env[self.name]

    def show(self) -> str:
        return self.name

    def deriv(self, var: str) -> Expr:
        return Num(1.0 if var == self.name else 0.0)


class BinOp(Expr):
    def __init__(self, op: str, left: Expr, right: Expr):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env: dict[str, float]) -> float:
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if b == 0:
            raise ZeroDivisionError("division by zero in " + self.show())
        return a / b

    def show(self) -> str:
        return f"({self.left.show()} {self.op} {self.right.show()})"

    def deriv(self, var: str) -> Expr:
        dl = self.left.deriv(var)
        dr = self.right.deriv(var)
        if self.op in "+-":
            return BinOp(self.op, dl, dr)
        if self.op == "*":
            return BinOp("+", BinOp("*", dl, self.right), BinOp("*", self.left, dr))
        num = BinOp("-", BinOp("*", dl, self.right), BinOp("*", self.left, dr))
        return BinOp("/", num, BinOp("*", self.right, self.right))

    def simplify(self) -> Expr:
        l = self.left.simplify()
        r = self.right.simplify()
        if isinstance(l, Num) and isinstance(r, Num) and self.op != "/":
            return Num(BinOp(self.op, l, r).eval({}))
        if self.op == "*" and (l.is_const(0.0) or r.is_const(0.0)):
            return Num(0.0)
        if self.op == "*" and l.is_const(1.0):
            return r
        if self.op in "*/" and r.is_const(1.0):
            return l
        if self.op in "+-" and r.is_const(0.0):
            return l
        if self.op == "+" and l.is_const(0.0):
            return r
        return BinOp(self.op, l, r)


def parse(tokens: list[str], pos: list[int]) -> Expr:
    """A tiny prefix-notation parser: ['+', 'x', '2'] is x + 2."""
    tok = tokens[pos[0]]
    pos[0] += 1
    if tok in ("+", "-", "*", "/"):
        left = parse(tokens, pos)
        right = parse(tokens, pos)
        return BinOp(tok, left, right)
    if tok[0].isdigit():
        return Num(float(tok))
    return Var(tok)


sources = ["* x x", "+ * 3 x 2", "/ 1 x", "* + x 1 - x 1", "+ x / y 0"]
env = {"x": 3.0, "y": 2.0}
for src in sources:
    e = parse(src.split(), [0])
    d = e.deriv("x").simplify()
    try:
        value = f"{e.eval(env):g}"
    except ZeroDivisionError as err:
        value = "error: " + str(err)
    print(f"{e.show():<24} = {value:<36} d/dx = {d}")
try:
    Var("z").eval(env)
except KeyError as err:
    print("missing", err)
try:
    Expr().deriv("x")
except NotImplementedError as err:
    print("NotImplementedError:", err)


@dataclass
class Product:
    sku: str
    name: str
    price: float
    stock: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.price * self.stock

    def restock(self, n: int) -> "Product":
        self.stock += n
        return self


@dataclass
class Inventory:
    products: list[Product] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    def add(self, p: Product) -> None:
        self.products.append(p)
        self.log.append("add " + p.sku)

    def find(self, sku: str) -> Optional[Product]:
        for p in self.products:
            if p.sku == sku:
                return p
        return None

    def total(self) -> float:
        return sum([p.value for p in self.products])


inv = Inventory()
inv.add(Product("A1", "widget", 2.5, 10, ["small"]))
inv.add(Product("B2", "gadget", 12.0, 3))
inv.add(Product("C3", "doohickey", 0.75, 120, ["small", "bulk"]))
inv.add(Product("D4", "gizmo", 12.0))
found = inv.find("D4")
if found is not None:
    found.restock(5).restock(2)
print(inv.find("Z9"), inv.find("B2"))
for p in sorted(inv.products, key=lambda p: p.value, reverse=True):
    print(f"{p.sku} {p.name:<10} {p.price:>6.2f} x{p.stock:<4} = {p.value:>7.2f} {p.tags}")
by_price = sorted(inv.products, key=lambda p: p.price)
print([p.sku for p in by_price], f"{inv.total():.2f}")
print(len(inv.log), inv.log[-1], inv == Inventory(list(inv.products), list(inv.log)))
