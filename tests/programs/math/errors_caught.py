# Every error path of the math module, caught.
import math


def domain() -> None:
    cases = [-1.0, 0.0, -math.inf]
    for x in cases:
        try:
            print(math.log(x))
        except ValueError as e:
            print("log", x, e)
    try:
        print(math.sqrt(-1))
    except ValueError as e:
        print("sqrt", e)
    try:
        print(math.acos(2))
    except ValueError as e:
        print("acos", e)
    try:
        print(math.atanh(1))
    except ValueError as e:
        print("atanh", e)
    try:
        print(math.log1p(-1))
    except ValueError as e:
        print("log1p", e)
    try:
        print(math.log2(0))
    except ValueError as e:
        print("log2", e)
    try:
        print(math.log10(-5))
    except ValueError as e:
        print("log10", e)
    try:
        print(math.sin(math.inf))
    except ValueError as e:
        print("sin", e)
    try:
        print(math.fmod(1, 0))
    except ValueError as e:
        print("fmod", e)
    try:
        print(math.remainder(1, 0))
    except ValueError as e:
        print("remainder", e)
    try:
        print(math.pow(0, -1))
    except ValueError as e:
        print("pow", e)
    try:
        print(math.pow(-8, 1 / 3))
    except ValueError as e:
        print("pow", e)
    try:
        print(math.log(10, 0))
    except ValueError as e:
        print("log base", e)


def ranges() -> None:
    try:
        print(math.exp(1000))
    except OverflowError as e:
        print("exp", e)
    try:
        print(math.cosh(1000))
    except OverflowError as e:
        print("cosh", e)
    try:
        print(math.pow(10, 400))
    except OverflowError as e:
        print("pow", e)
    try:
        print(math.ldexp(1.0, 2000))
    except OverflowError as e:
        print("ldexp", e)
    try:
        print(math.ldexp(1.0, 9999999999))
    except OverflowError as e:
        print("ldexp", e)
    try:
        print(math.fsum([1.7e308, 1.7e308]))
    except OverflowError as e:
        print("fsum", e)


def others() -> None:
    try:
        print(math.log(1, 1))
    except ZeroDivisionError as e:
        print("log", e)
    try:
        print(math.floor(math.inf))
    except OverflowError as e:
        print("floor", e)
    try:
        print(math.ceil(-math.inf))
    except OverflowError as e:
        print("ceil", e)
    try:
        print(math.trunc(math.nan))
    except ValueError as e:
        print("trunc", e)
    try:
        print(math.factorial(-1))
    except ValueError as e:
        print("factorial", e)
    try:
        print(math.comb(-1, 2))
    except ValueError as e:
        print("comb", e)
    try:
        print(math.comb(5, -2))
    except ValueError as e:
        print("comb", e)
    try:
        print(math.perm(-3))
    except ValueError as e:
        print("perm", e)
    try:
        print(math.perm(3, -1))
    except ValueError as e:
        print("perm", e)
    try:
        print(math.isqrt(-1))
    except ValueError as e:
        print("isqrt", e)
    try:
        print(math.isclose(1, 2, rel_tol=-1))
    except ValueError as e:
        print("isclose", e)
    try:
        print(math.fsum([math.inf, -math.inf]))
    except ValueError as e:
        print("fsum", e)
    try:
        print(math.dist([1, 2], [1]))
    except ValueError as e:
        print("dist", e)


domain()
ranges()
others()
