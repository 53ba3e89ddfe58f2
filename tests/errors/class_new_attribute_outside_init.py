# error: 9:9: 'Counter' object has no attribute 'extra'


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self) -> None:
        self.extra = 1
        self.n += 1
