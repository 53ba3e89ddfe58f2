# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in '+' (pyaot ints are 64-bit)
# Adding 1 to the largest 64-bit int raises instead of wrapping (even when written as literals).

print("before")
print(9223372036854775807 + 1)
print("not reached")
