class AppError(Exception):
    pass


class InsufficientFunds(ValueError):
    def __init__(self, needed: float, available: float):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

    def shortfall(self) -> float:
        return self.needed - self.available


class NotFound(AppError):
    def __init__(self, key: str):
        self.key = key


class Quiet(LookupError):
    pass


def withdraw(balance: float, amount: float) -> float:
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount


try:
    withdraw(10.0, 25.5)
except InsufficientFunds as e:
    print("caught:", e, "| shortfall", e.shortfall(), e.needed)
    print(repr(e))

try:
    withdraw(1.0, 2.0)
except ValueError as e:
    print("as ValueError:", e, repr(e))

try:
    raise NotFound("alice")
except AppError as e:
    print("AppError:", str(e), repr(e))

try:
    raise NotFound("bob")
except NotFound as e:
    print("NotFound key", e.key, e)

for exc_kind in range(4):
    try:
        if exc_kind == 0:
            raise AppError("plain")
        elif exc_kind == 1:
            raise Quiet
        elif exc_kind == 2:
            raise Quiet("q", 3)
        else:
            raise KeyError("k")
    except (Quiet, AppError) as e:
        print("tuple clause:", repr(e), str(e))
    except LookupError as e:
        print("lookup:", repr(e))

err = AppError("stored")
try:
    raise err
except Exception as e:
    print("re-raised", e)


def nested() -> None:
    try:
        raise InsufficientFunds(5.0, 1.0)
    except AppError:
        print("wrong handler")
    finally:
        print("finally runs")


try:
    nested()
except InsufficientFunds as e:
    print("outer", e.shortfall())

print(isinstance(err, AppError), isinstance(err, Exception))
raise InsufficientFunds(100.0, 42.0)
