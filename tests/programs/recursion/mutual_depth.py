# mutual recursion and recursive algorithms on lists and strings: permutations, subsets, ackermann, and palindromes.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def perms(s: str) -> list[str]:
    if len(s) <= 1:
        return [s]
    out: list[str] = []
    for i in range(len(s)):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out


def subsets(xs: list[int]) -> list[list[int]]:
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + r for r in rest]


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def pal(s: str) -> bool:
    if len(s) < 2:
        return True
    return s[0] == s[-1] and pal(s[1:-1])


print([is_even(n) for n in range(6)], is_odd(301))
print(perms("abc"), len(perms("abcde")), perms(""))
print(subsets([1, 2, 3]), len(subsets(list(range(8)))))
print(ackermann(2, 3), ackermann(3, 3))
print([pal(w) for w in ["", "a", "abba", "abca", "racecar", "été"]])
