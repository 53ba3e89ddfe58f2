# expect-exit: 1
# expect-stderr-last: OverflowError: integer overflow in factorial() (pyaot ints are 64-bit)
# math.factorial(21) leaves 64 bits, where CPython would grow the int.
import math

print(math.factorial(20))
for n in [100, 67]:
    try:
        print(math.comb(n, n // 2))
    except OverflowError as e:
        print(e)
try:
    print(math.prod([2 ** 40, 2 ** 40]))
except OverflowError as e:
    print(e)
try:
    print(math.lcm(2 ** 40, 2 ** 40 - 1))
except OverflowError as e:
    print(e)
print(math.factorial(21))
