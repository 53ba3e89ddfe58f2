# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '**' (pyaot ints are 64-bit)
# 2**62 fits, 2**63 does not.


def p(base: int, exp: int) -> int:
    return base ** exp


print(p(2, 62))
print(p(-2, 63))
print(p(2, 63))
