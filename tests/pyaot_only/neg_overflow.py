# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '-' (pyaot ints are 64-bit)
# Negating the smallest 64-bit int overflows (unary minus reports '-').

m = -9223372036854775807 - 1
print(m)
print(-(m + 1))
print(-m)
