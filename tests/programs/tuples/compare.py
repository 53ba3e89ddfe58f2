# Comparisons are lexicographic: the first unequal pair decides, then the
# lengths.



def show(a: tuple[int, int], b: tuple[int, int]) -> None:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)


for a, b in [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2, 0), (1, 9))]:
    show(a, b)
short = (1, 2)
long = (1, 2, 0)
print(short == long, short != long, short < long, short <= long, short > long, long >= short)
print(() == (), () < (0,), (0,) > (), () <= ())

print(("b", 1) > ("a", 2), ("a", "b") < ("a", "c"), ("é",) > ("z",))
print((1, 2.0) == (1.0, 2), (True, 1) == (1, True), (1, 2) == (1, 2.5))
print((1, "a") == (1, "a", None), (1, 2) < (1, 2.5))

# Two float("nan") calls make distinct NaN objects, which CPython compares
# by value like pyaot (it short-cuts one object compared with itself).
print((float("nan"),) == (float("nan"),), (1, float("nan")) < (2, float("nan")))
print((float("nan"), 1) < (float("nan"), 2), (1.0, float("nan")) <= (1.0, float("nan")))
print((0.0,) == (-0.0,))

# Nested tuples and lists inside tuples.
print(((1, 2), 3) < ((1, 3), 0), ([1, 2], "x") == ([1, 2], "x"))
print(([1], 5) < ([1, 0], 0), ((1, (2, 3)),) >= ((1, (2, 3)),))
print((None, 1) < (None, 2), (None,) == (None,))

# Chained comparisons evaluate each operand once.
low = (0, 0)
mid = (0, 5)
high = (1, 0)
print(low < mid < high, low < high < mid, low <= low <= mid)

# Membership in tuples whose items share a type.
vowels = ("a", "e", "i", "o", "u")
print("e" in vowels, "y" in vowels, "y" not in vowels)
print(2 in (1, 2, 3), 2.0 in (1, 2, 3), 4 not in (1, 2, 3), 1 in ())
print((1, 2) in ((1, 2), (3, 4)), (2, 1) in ((1, 2), (3, 4)))
print([1] in ([1], [2]), float("nan") in (float("nan"), 1.0))
