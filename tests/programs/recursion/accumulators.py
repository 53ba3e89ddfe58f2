# recursion with accumulator parameters: list building, string building, default arguments, and tail calls.


def digits(n: int, acc: list[int]) -> list[int]:
    if n < 10:
        acc.insert(0, n)
        return acc
    acc.insert(0, n % 10)
    return digits(n // 10, acc)


def rev(s: str, acc: str = "") -> str:
    if s == "":
        return acc
    return rev(s[1:], s[0] + acc)


def flatten_sum(xs: list[list[int]], i: int, acc: int) -> int:
    if i == len(xs):
        return acc
    return flatten_sum(xs, i + 1, acc + sum(xs[i]))


def fact(n: int, acc: int = 1) -> int:
    if n <= 1:
        return acc
    return fact(n - 1, acc * n)


def binary(n: int) -> str:
    if n < 2:
        return str(n)
    return binary(n // 2) + str(n % 2)


def count_paths(r: int, c: int, memo: dict[str, int]) -> int:
    if r == 0 or c == 0:
        return 1
    key = f"{r},{c}"
    if key in memo:
        return memo[key]
    v = count_paths(r - 1, c, memo) + count_paths(r, c - 1, memo)
    memo[key] = v
    return v


print(digits(907150, []), digits(0, []), digits(5, [9]))
print(rev("recursion"), rev(""), rev("héllo"))
print(flatten_sum([[1, 2], [], [3, 4, 5]], 0, 0), flatten_sum([], 0, 100))
print([fact(i) for i in range(0, 21, 4)], fact(20))
print([binary(i) for i in [0, 1, 2, 5, 255, 1024]])
m: dict[str, int] = {}
print(count_paths(10, 10, m), len(m), count_paths(16, 16, m))
