# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '-' (pyaot ints are 64-bit)
# Subtracting below the smallest 64-bit int raises.


def smallest() -> int:
    return -9223372036854775807 - 1


m = smallest()
print(m)
print(m - 1)
