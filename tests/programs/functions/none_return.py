# Functions returning None, early returns, and printing None.


def say(msg: str) -> None:
    print("say:", msg)


def maybe_say(msg: str, loud: bool) -> None:
    if not loud:
        return
    print(msg + "!")


def nothing() -> None:
    pass


def sign(n: int) -> int:
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0


def main() -> None:
    say("hello")
    maybe_say("quiet", False)
    maybe_say("loud", True)
    print(nothing())
    print(say("inner"))
    print(str(nothing()), repr(nothing()))
    print(None)
    for n in range(-2, 3):
        print(n, sign(n))


main()
