# ValueError from range() with a zero step.


def stepped(n: int, step: int) -> int:
    total = 0
    for i in range(0, n, step):
        total += i
    return total


print(stepped(10, 2))
print(stepped(10, -1))
print(stepped(10, 0))
