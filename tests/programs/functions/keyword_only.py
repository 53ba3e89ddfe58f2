def f(a: int, *, k: int, m: str = "x") -> str:
    return f"{a} {k} {m}"


class P:
    def __init__(self, x: int, *, scale: int = 1) -> None:
        self.x = x * scale

    def show(self, *, prefix: str) -> str:
        return prefix + str(self.x)

    @staticmethod
    def mk(*, v: int) -> "P":
        return P(v, scale=2)


def order(tag: str) -> int:
    print("eval", tag)
    return len(tag)


print(f(1, k=2))
print(f(1, m="y", k=3))
print(f(k=5, a=4))
print(f(order("a"), m=str(order("mm")), k=order("kkk")))
p = P(3, scale=4)
print(p.show(prefix="x="))
print(P.mk(v=5).show(prefix=">"))
print(P(2).x)
