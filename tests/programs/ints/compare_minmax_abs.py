# int comparisons with floats and bools, min/max/abs/sum/pow on ints including large values and negative bases.


def clamp(x: int, lo: int, hi: int) -> int:
    return max(lo, min(x, hi))


print([clamp(v, -5, 5) for v in [-100, -5, 0, 4, 5, 99]])
print(abs(-9223372036854775807), abs(0), abs(-1), max(3, 7, 2), min(-1, -8, 0), max([4, 9, 1]), min([5]))
print(sum([1, 2, 3]), sum(range(101)), sum([-5, 5]), sum([1, 2], 10))
print(pow(2, 10), pow(-2, 3), pow(-3, 2), pow(7, 0), pow(0, 0))
print(2 ** 62, (-2) ** 63, -2 ** 2, 10 ** 18)
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 3 == True, 1 == True, 0 == False, True + True)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(max(1, 2), min(-5, 0), 5 // 2 * 2 + 5 % 2)
print(1 < 2 < 3 > 2, 1 < 3 < 2, 0 <= 0 < 1, 5 > 3 == 3, -1 < 0 != 0)
n = 0
for i in range(1, 11):
    n += i * (-1) ** i
print(n)
print(17 // 5, 17 % 5, -17 // 5, -17 % 5)
big = 3037000499
print(big * big, big * big < 9223372036854775807)
print(int(-7 / 2), -7 // 2, round(-7 / 2), 7 // -2)
