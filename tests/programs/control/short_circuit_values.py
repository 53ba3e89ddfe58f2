# and/or return operands, not booleans; short-circuit skips side effects; not and conditional expressions.


def side(tag: str, v: int) -> int:
    print("side", tag)
    return v


def sside(tag: str, v: str) -> str:
    print("sside", tag)
    return v


print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "dflt", "x" or "dflt", "" and "z")
print(side("a", 0) and side("b", 1))
print(side("c", 2) or side("d", 3))
print(side("e", 0) or side("f", 0) or side("g", 7))
print(side("h", 1) and side("i", 2) and side("j", 0) and side("k", 9))
print(sside("s", "") or sside("t", "fallback"))
print(not 0, not 3, not "", not "a", not [], not [0], not 0.0, not -0.0)
name = ""
print(name or "anonymous", len(name or "anonymous"))
xs: list[int] = []
print(len(xs) and xs[0])
xs.append(9)
print(len(xs) and xs[0])
a = 5
print("big" if a > 3 else "small", "neg" if a < 0 else "zero" if a == 0 else "pos")
print(1 if side("cond", 0) else side("else", 2))
v = 0.0
print(v or 1.5, 2.5 and v, v or 0.0)
