# An exception that no handler matches still runs finally blocks on its way
# out, then ends the program with CPython's last line and exit status 1.


def step(n: int) -> int:
    try:
        if n == 3:
            raise RuntimeError(f"step {n} failed")
        return n * 2
    except ValueError:
        print("not this one")
        return -1
    finally:
        print("leaving step", n)


total = 0
for k in range(5):
    total += step(k)
    print("total", total)
