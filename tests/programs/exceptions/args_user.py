# e.args of user exception classes: with and without super().__init__,
# several arguments of one type, subclasses.


class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, status: int, retry: int):
        super().__init__(status, retry)
        self.status = status


class Coded(Exception):
    def __init__(self, code: int):
        self.code = code


class Detailed(HttpError):
    pass


def request(n: int) -> None:
    if n == 0:
        raise HttpError(404, 0)
    if n == 1:
        raise Detailed(503, 30)
    raise Coded(7)


for i in range(3):
    try:
        request(i)
    except HttpError as e:
        status = e.args[0]
        retry = e.args[1]
        print("http", e.args, status + retry, e.status, str(e), repr(e))
    except Coded as e:
        print("coded", e.args, e.args[0] * 2, e.code, str(e), repr(e))

class Note(Exception):
    pass


try:
    raise Note("x", "y", "z")
except Note as e:
    print(e.args, len(e.args), str(e), repr(e))
    print(", ".join(e.args))
err = Note()
print(repr(err), err.args)
try:
    raise err
except AppError as e:
    print("not here", e.args)
except Note as e:
    print("empty args", len(e.args), e.args == ())
