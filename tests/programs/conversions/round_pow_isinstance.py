# round() (ties to even), pow() and isinstance() decided from static types.

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e15 + 0.5, -3.7, 3.7]:
    print(round(x), end=" ")
print(round(7), round(True), pow(2, 10), pow(2.0, 0.5), pow(3, -1))
print(isinstance(3, int), isinstance(True, int), isinstance(3, float), isinstance("s", (int, str)), isinstance([1], list))
try:
    print(round(float("inf")))
except OverflowError as e:
    print("OverflowError:", e)
