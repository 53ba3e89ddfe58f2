# error: 9:27: unsupported syntax: multiple inheritance with exception classes


class Mixin:
    def extra(self) -> str:
        return "x"


class MyError(ValueError, Mixin):
    pass
