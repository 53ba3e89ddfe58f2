# e.args of built-in exceptions: raised with 0, 1 or several arguments,
# raised by the runtime, and built as values.


def fail(n: int) -> int:
    if n == 0:
        raise ValueError("bad", "value")
    if n == 1:
        raise TypeError()
    if n == 2:
        return [1, 2, 3][7]
    if n == 3:
        return int("x1")
    if n == 4:
        return 10 // (n - 4)
    if n == 5:
        raise RuntimeError("one")
    raise KeyError("k")


for i in range(7):
    try:
        fail(i)
    except LookupError as e:
        print("lookup", e.args, len(e.args), str(e), repr(e))
        print(" first:", e.args[0])
    except Exception as e:
        print("other", e.args, str(e), repr(e))
        for a in e.args:
            print(" item", a.upper())
        if e.args:
            print(" first:", e.args[0], e.args[-1])

empty = ValueError()
print(repr(empty), "[" + str(empty) + "]", empty.args, len(empty.args))
pair = RuntimeError("a", "b")
print(pair, repr(pair), pair.args == ("a", "b"))
k = KeyError("key")
print(str(k), repr(k), k.args)
try:
    raise pair
except RuntimeError as e:
    print("re-raised", e.args)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print(e.args)
try:
    assert False
except AssertionError as e:
    print(e.args, repr(e))
