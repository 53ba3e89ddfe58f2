# Floor division and modulo by constants (compiled without run-time divisor
# checks) must round toward negative infinity exactly like variable divisors.


def table(a: int) -> None:
    print(a, a // 3, a % 3, a // -3, a % -3, a // 1, a % 1, a // 7, a % -7, a // 2, a % 2)


def same_as_variable(a: int, d: int) -> bool:
    return a // d == a // d + 0 and a % d == a % d + 0


for a in [-7, -6, -1, 0, 1, 6, 7, 9223372036854775807, -9223372036854775807 - 1]:
    table(a)
d = 5
for a in range(-12, 13):
    print(a // 5 == a // d, a % 5 == a % d, a // -5 == a // -d, a % -5 == a % -d, end=" ")
print()
print(same_as_variable(-9223372036854775807 - 1, 2))
