# error: 11:13: cannot type `args`: it holds str here and int elsewhere
class Failure(Exception):
    def __init__(self, msg: str, code: int):
        super().__init__(msg, code)


def run() -> None:
    try:
        raise Failure("disk", 28)
    except Failure as e:
        x = e.args[0]
        print(x)


run()
