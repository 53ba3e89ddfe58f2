# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '//' (pyaot ints are 64-bit)
# The one 64-bit floor division that overflows: MIN // -1.


def div(a: int, b: int) -> int:
    return a // b


m = -9223372036854775807 - 1
print(div(m, 1))
print(div(m, 2))
print(div(m, -1))
