# finally runs on every way out: normal end, return, break, continue and
# an exception; handlers can re-raise.


def log(msg: str) -> None:
    print("  log:", msg)


def early_return(n: int) -> str:
    try:
        if n > 0:
            return "positive"
        log("not positive")
    finally:
        log(f"finally for {n}")
    return "other"


def loop_control() -> int:
    total = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            total += i
        finally:
            log(f"iteration {i}")
    return total


def reraise(x: int) -> int:
    try:
        return 100 // x
    except ZeroDivisionError:
        log("re-raising")
        raise
    finally:
        log("cleanup in reraise")


def outer() -> None:
    try:
        reraise(0)
    except ZeroDivisionError as e:
        print("outer caught:", e)
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            log("inner finally")
    except ValueError as e:
        print("outer caught:", e)


def raise_caught() -> None:
    try:
        try:
            int("nope")
        except ValueError as e:
            log("got it, raising it again by name")
            raise e
    except ValueError as e2:
        print("second catch:", e2)


def handler_error() -> None:
    try:
        try:
            print(1 // 0)
        except ZeroDivisionError:
            print("abc"[10])
    except IndexError as e:
        print("error inside handler:", e)


def nested_loops() -> int:
    count = 0
    i = 0
    while i < 3:
        i += 1
        for w in ["1", "x", "3"]:
            try:
                count += int(w)
            except ValueError:
                continue
            finally:
                count += 100
    return count


print(early_return(5), early_return(-1))
print(loop_control())
outer()
raise_caught()
handler_error()
print(nested_loops())
