# error: 7:3: unsupported: the module 'helper' used as a value
import helper


def f(m: int) -> None:
    print(m)
f(helper)
