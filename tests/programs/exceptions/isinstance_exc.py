# isinstance() of caught exceptions and exception instances against
# built-in and user exception classes (tuples too) and non-exception classes.


class AppError(Exception):
    pass


class Plain:
    pass


def classify(e: AppError) -> str:
    if isinstance(e, AppError):
        return "app"
    return "other"


try:
    raise AppError("x")
except Exception as e:
    print(isinstance(e, BaseException), isinstance(e, Exception), isinstance(e, ValueError))
    print(classify(AppError("y")))
try:
    int("z")
except ValueError as v:
    print(isinstance(v, Exception), isinstance(v, BaseException), isinstance(v, LookupError))
a = AppError("q")
print(isinstance(a, Exception), isinstance(a, BaseException), isinstance(a, KeyError))
p = Plain()
print(isinstance(p, Exception))


class Sub(AppError):
    pass


class NotFound(KeyError):
    pass


for i in range(4):
    try:
        if i == 0:
            raise Sub("s")
        if i == 1:
            raise NotFound("k")
        if i == 2:
            [1][3]
        raise AppError("a")
    except Exception as err:
        print(i, isinstance(err, AppError), isinstance(err, Sub), isinstance(err, (KeyError, Sub)),
              isinstance(err, LookupError), isinstance(err, (int, str)), isinstance(err, Plain),
              isinstance(err, (IndexError, NotFound)), isinstance(err, BaseException))
