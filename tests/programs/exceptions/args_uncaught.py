# An uncaught several-argument exception prints the tuple.
def check(x: int) -> None:
    if x > 2:
        raise ValueError("too big", x)


check(1)
print("ok")
check(3)
