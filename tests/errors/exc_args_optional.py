# error: 10:11: cannot type `args`: an exception argument of type Optional[int] (or a SystemExit of None or a bool) has no item type pyaot keeps
class Missing(Exception):
    pass


x: int | None = 3
try:
    raise Missing(x)
except Missing as e:
    print(e.args[0])
