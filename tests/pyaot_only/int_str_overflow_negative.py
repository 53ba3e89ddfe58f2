# expect-exit: 1
# expect-stderr-last: OverflowError: int too large for pyaot's 64-bit int
# One past the smallest 64-bit int, as a string.

print(int("-9223372036854775809"))
