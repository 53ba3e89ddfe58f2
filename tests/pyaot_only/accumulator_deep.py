# expect-exit: 0
# `return n + f(n - 1)` runs in constant stack (accumulator recursion
# elimination), so a depth of a million works where CPython stops near 1000.


def tri(n: int) -> int:
    return 0 if n == 0 else n + tri(n - 1)


def count(n: int) -> int:
    if n == 0:
        return 0
    return 1 + count(n - 1)


print(tri(1000000))
print(count(2000000))
