# error: 7:5: unsupported: arguments unpacked or gathered by *args in an exception class whose __init__ does not start with super().__init__(...)
class V(Exception):
    def __init__(self, *parts: int):
        self.parts = parts


v = V(1, 2, 3)
print(v.args)
