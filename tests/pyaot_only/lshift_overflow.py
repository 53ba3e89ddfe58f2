# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '<<' (pyaot ints are 64-bit)
# A left shift whose result leaves 64 bits raises instead of losing bits.

print(1 << 62)
print(-1 << 63)
n = 3
print(n << 62)
