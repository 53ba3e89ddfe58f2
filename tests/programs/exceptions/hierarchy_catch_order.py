# exception matching by built-in hierarchy, handler order, tuples of classes, re-raise, and str of exceptions.


def risky(kind: int) -> int:
    if kind == 0:
        return [1, 2][5]
    if kind == 1:
        return {"a": 1}["b"]
    if kind == 2:
        return int("x")
    if kind == 3:
        return 1 // 0
    if kind == 4:
        raise OverflowError("too big")
    if kind == 5:
        raise NotImplementedError("later")
    return kind


def classify(kind: int) -> str:
    try:
        risky(kind)
    except KeyError as e:
        return "KeyError " + str(e)
    except LookupError as e:
        return "LookupError " + str(e)
    except (ValueError, TypeError) as e:
        return "Value/Type " + str(e)
    except ArithmeticError as e:
        return "Arithmetic " + str(e)
    except RuntimeError as e:
        return "Runtime " + str(e)
    else:
        return "ok"
    return "unreachable"


for k in range(7):
    print(k, classify(k))


def reraise(n: int) -> int:
    try:
        return 10 // n
    except ZeroDivisionError:
        print("logging then re-raising")
        raise


try:
    reraise(0)
except Exception as e:
    print("outer caught", repr(e))
print(reraise(3))
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise KeyError("converted")
except KeyError as e:
    print("got", e, repr(e))
