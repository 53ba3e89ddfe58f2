# try/except/else/finally execution order, exceptions raised in else and finally, and uncaught error after cleanup.


def step(n: int) -> int:
    log: list[str] = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("v")
        if n == 2:
            raise KeyError("k")
    except ValueError:
        log.append("except-value")
    else:
        log.append("else")
        if n == 3:
            log.append("else-raises")
            print(log)
            raise IndexError("from else")
    finally:
        log.append("finally")
    print(log)
    return len(log)


for n in [0, 1]:
    print(step(n))
for n in [2, 3]:
    try:
        step(n)
    except LookupError as e:
        print("caught", repr(e))


def count_down(n: int) -> int:
    done = 0
    while n > 0:
        try:
            if n == 2:
                raise RuntimeError("two")
            done += 1
        except RuntimeError as e:
            print("skipping", e)
        finally:
            n -= 1
    return done


print(count_down(4))
try:
    print("about to fail")
    x = int("12a")
finally:
    print("final cleanup")
print("not reached")
