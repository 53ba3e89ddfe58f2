# functions with multiple return paths, early returns in loops, implicit None returns, and recursion through helpers.


def sign(n: int) -> str:
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    return "pos"


def first_even(xs: list[int]) -> int:
    for x in xs:
        if x % 2 == 0:
            return x
    return -1


def report(xs: list[int]) -> None:
    if not xs:
        print("empty")
        return
    print("n", len(xs), "max", max(xs))


def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
        if steps > 500:
            return -1
    return steps


def describe(n: int) -> str:
    return f"{n}:{sign(n)}:{first_even([n, n + 1])}"


print([sign(v) for v in [-3, 0, 8]])
print(first_even([1, 3, 6, 8]), first_even([]), first_even([7]))
report([])
report([4, 2, 9])
r = report([1])
print(r, r is None)
print([collatz_len(n) for n in [1, 2, 3, 6, 7, 27, 97]])
print([describe(n) for n in [-1, 0, 5]])
print(max([collatz_len(n) for n in range(1, 200)]))
