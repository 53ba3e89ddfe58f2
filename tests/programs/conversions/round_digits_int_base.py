# round(x, ndigits) and int(s, base), against CPython.

for x in [2.675, 0.125, 0.375, -0.5, 1.005, 123.456, -1.5, 1e300, float("inf")]:
    print(round(x, 2), round(x, 0), round(x, -1), end=" | ")
print()
print(int("ff", 16), int("0x1F", 16), int("-101", 2), int("0o17", 0), int("z", 36), int(" 1_000 ", 10))
for bad, base in zip(["12", "g", "010"], [1, 16, 0]):
    try:
        print(int(bad, base))
    except ValueError as e:
        print("ValueError:", e)
