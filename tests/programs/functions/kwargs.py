# **kwargs parameters: a dict[str, T] of the extra keywords, in call order.


def tag(name: str, cls: str = "", **attrs: str) -> str:
    parts = [name]
    if cls:
        parts.append(f'class="{cls}"')
    for k, v in attrs.items():
        parts.append(f'{k}="{v}"')
    return "<" + " ".join(parts) + ">"


def counts(**kw: int) -> int:
    return sum(kw.values())


def side(x: int) -> int:
    print("eval", x)
    return x


def f(a: int, b: int = 2, **kw: int) -> str:
    return f"{a} {b} {kw}"


def options(title, **flags):
    # Unannotated: the keyword values' type is the specialisation's.
    return title + " " + str(flags)


class Widget:
    def __init__(self, kind: str, **style: str) -> None:
        self.kind = kind
        self.style = style

    def render(self, *children: str, **extra: str) -> str:
        merged = self.style.copy()
        merged.update(extra)
        return f"{self.kind}{merged}[{', '.join(children)}]"


print(tag("div"))
print(tag("a", href="/home", title="Home"))
print(tag("p", "intro", id="first", cls2="x"))
print(counts())
print(counts(a=1, b=2, c=3))
print(f(1))
print(f(1, z=3, b=4, y=5))
# Interleaved keywords are evaluated in the order written.
print(f(a=side(1), z=side(2), y=side(3)))
print(f(side(1), z=side(2), b=side(3), y=side(4)))
print(options("ints", x=1, y=2))
print(options("strs", mode="fast"))
w = Widget("box", color="red", border="1px")
print(w.style)
print(w.render("a", "b", color="blue", margin="0"))
print(w.render())
print(len(w.style), "color" in w.style, w.style.get("border", ""))
