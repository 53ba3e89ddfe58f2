# keyword arguments in any order, defaults of every scalar type, and evaluation order of argument expressions.


def trace(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def box(w: int, h: int = 2, fill: str = "#", border: bool = False, scale: float = 1.0) -> str:
    line = fill * w
    if border:
        line = "|" + line + "|"
    return f"{line} x{h} s{scale}"


def opt(x: int, label: str = "", none_ok: bool = True) -> str:
    if label == "":
        return f"<{x}>"
    return f"{label}={x}" if none_ok else label


print(box(3))
print(box(3, 1))
print(box(w=2, fill="*", h=5))
print(box(4, border=True, scale=2.5))
print(box(scale=0.5, border=False, fill="ab", h=0, w=2))
print(box(trace("w", 1), scale=1.5, h=trace("h", 3)))
print(box(h=trace("h", 4), w=trace("w", 2)))
print(opt(1), opt(2, "two"), opt(3, label="three", none_ok=False), opt(none_ok=False, x=4))
print(trace("a", 1) + trace("b", 2) * trace("c", 3))
