# Other builtin exception types: TypeError with a message.


def check_positive(n: int) -> int:
    if n <= 0:
        raise TypeError(f"expected a positive int, got {n!r}")
    return n


print(check_positive(5))
print(check_positive(0))
