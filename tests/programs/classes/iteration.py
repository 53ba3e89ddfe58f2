class Countdown:
    def __init__(self, start: int):
        self.current = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib:
    def __init__(self, limit: int):
        self.limit = limit

    def __iter__(self) -> "FibIter":
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit: int):
        self.a = 0
        self.b = 1
        self.left = limit

    def __next__(self) -> int:
        if self.left == 0:
            raise StopIteration()
        self.left -= 1
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


for n in Countdown(5):
    print(n, end=" ")
print()
total = 0
for f in Fib(20):
    if f % 2 == 1:
        continue
    total += f
    if f > 500:
        break
else:
    print("no break")
print("even sum", total)
for f in Fib(5):
    print("fib", f)
else:
    print("exhausted")
fib = Fib(3)
for x in fib:
    for y in fib:
        print(x, y)


def first_over(limit: int, it: Fib) -> int:
    for v in it:
        if v > limit:
            return v
    return -1


print(first_over(10, Fib(30)), first_over(10000, Fib(10)))
