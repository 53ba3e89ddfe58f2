# try/finally interplay with loops, break, continue, and return; finally runs on every exit path.


def f_return(n: int) -> int:
    try:
        if n > 0:
            return n * 2
        return -1
    finally:
        print("finally in f_return", n)


def loop_break() -> int:
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)
    return i


def find(xs: list[int], target: int) -> int:
    for i, x in enumerate(xs):
        try:
            if x == target:
                return i
        finally:
            print("checked", x)
    return -1


def nested(n: int) -> str:
    log = ""
    for i in range(n):
        try:
            try:
                if i == 1:
                    raise ValueError("one")
                log += "a"
            finally:
                log += "f"
        except ValueError as e:
            log += "E" + str(e)
            continue
        log += "|"
    return log


print(f_return(5), f_return(0))
print(loop_break())
print(find([4, 5, 6], 5), find([1], 9))
print(nested(3))
