# Unbounded recursion ends with RecursionError in both CPython (at its
# 1000-frame limit) and pyaot (when the native stack runs out).


def depth(n: int) -> int:
    return depth(n + 1) + 1


print("start")
print(depth(0))
