# BaseException.__new__ keeps exactly the positional arguments as args:
# defaults an __init__ fills in and keyword arguments are not in them.

class E(Exception):
    def __init__(self, a: int, b: int = 2):
        self.a = a
        self.b = b


e = E(1)
print(e.args, repr(e), str(e))
e2 = E(1, 5)
print(e2.args, repr(e2))
e3 = E(1, b=7)
print(e3.args, repr(e3), e3.b)
e4 = E(a=3)
print(e4.args, repr(e4), str(e4), e4.a)


class Tagged(Exception):
    def __init__(self, tag: str, *, level: int = 0):
        self.tag = tag
        self.level = level


try:
    raise Tagged("x", level=3)
except Tagged as t:
    print(t.args, t.args[0], repr(t), t.level)
try:
    raise E(9)
except E as caught:
    print(caught.args, caught.args[0], str(caught), caught.b)
raise E(4)
