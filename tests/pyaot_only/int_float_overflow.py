# expect-exit: 1
# expect-stderr-last: OverflowError: int too large for pyaot's 64-bit int
# int() of a finite float beyond the 64-bit range.

print(int(9.2e18))
print(int(-9.2e18))
print(int(1e19))
