# error: 5:19: parameter 'x' of function 'Box.add' needs a type annotation


class Box:
    def add(self, x, y: int) -> int:
        return y


print(Box().add(1, 2))
