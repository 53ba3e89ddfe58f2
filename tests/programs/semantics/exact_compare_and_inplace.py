# Regressions: exact int/float comparison, in-place list +=, and the
# value-first evaluation order of subscript assignment.

n = 2 ** 53 + 1
big = 9223372036854775807
print(n == float(n), n > float(n), n < float(n), n != float(n), n >= float(n), n <= float(n))
print(big == 9.223372036854775807e18, big < 9.223372036854775807e18, 9.223372036854775807e18 > big)
print(3 == 3.0, 3 < 3.5, 3.5 > 3, -1 <= -1.0, 2 != 2.0, 1 < float("nan"), 1 != float("nan"), float("inf") > big)
a = [1, 2]
b = a
a += [3]
print(b)
def collect(out: list[int]) -> None:
    out += [9]
c: list[int] = []
collect(c)
print(c)
xs = [1, 2, 3]
xs[len(xs) - 1] = xs.pop()
print(xs)
m = ["x", "y"]
alias = m
m *= 2
print(alias)
m *= 0
print(alias, m)
