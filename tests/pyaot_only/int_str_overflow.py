# expect-exit: 1
# expect-stderr-last: OverflowError: int too large for pyaot's 64-bit int
# int() of a decimal string beyond the 64-bit range.

print(int("9223372036854775807"))
print(int("-9223372036854775808"))
print(int("99999999999999999999"))
