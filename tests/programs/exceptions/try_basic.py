# try/except/else/finally with built-in exceptions, CPython's hierarchy and
# messages.


def parse(text: str) -> int:
    try:
        value = int(text)
    except ValueError as e:
        print("bad number:", e)
        return -1
    else:
        print("parsed", value)
        return value
    finally:
        print("done with", repr(text))


def divide(a: int, b: int) -> float:
    try:
        return a / b
    except ZeroDivisionError as err:
        print(f"cannot divide {a} by {b}: {err}")
        return 0.0


def pick(s: str, i: int) -> str:
    try:
        return s[i]
    except (IndexError, KeyError) as e:
        print("pick failed:", repr(e))
        return "?"


def hierarchy() -> None:
    try:
        print(10 // 0)
    except ArithmeticError as e:
        print("ArithmeticError caught:", e)
    try:
        print("abc"[9])
    except LookupError as e:
        print("LookupError caught:", e)
    try:
        raise NotImplementedError("later")
    except RuntimeError as e:
        print("RuntimeError caught:", e)
    try:
        raise KeyError("missing")
    except Exception as e:
        print("Exception caught:", e, repr(e))
    try:
        assert 1 > 2, "math is broken"
    except AssertionError as e:
        print("assert:", e)
    try:
        print(int(float("nan")))
    except:
        print("bare except caught it")


print(parse("42"), parse("4x2"))
print(divide(7, 2), divide(1, 0))
print(pick("hey", 1), pick("hey", 5))
hierarchy()
