# list sort and sorted with reverse on ints, floats, strs, and lists of lists; equal elements and negative zero.


def ranks(xs: list[int]) -> list[int]:
    s = sorted(xs)
    out: list[int] = []
    for x in xs:
        out.append(s.index(x))
    return out


a = [5, 3, 9, 3, 1, 9, 0, -2, 5]
b = a.copy()
b.sort()
c = a.copy()
c.sort(reverse=True)
print(a, b, c, sorted(a, reverse=True) == c)
print(ranks(a))
words = ["pear", "Apple", "apple", "banana", "", "Banana", "é", "z"]
print(sorted(words), sorted(words, reverse=True))
fl = [2.5, -0.0, 0.0, -1.5, 1e10, -1e-10]
print(sorted(fl), sorted(fl, reverse=True))
pairs = [[2, 1], [1, 9], [2, 0], [1, 2], [], [1]]
pairs.sort()
print(pairs)
pairs.sort(reverse=True)
print(pairs)
bs = [True, False, True]
bs.sort()
print(bs)
empty: list[int] = []
empty.sort(reverse=True)
print(empty, sorted(empty))
one = [42]
one.sort()
print(one)
s = sorted("hello world")
print(s, "".join(sorted("banana", reverse=True)))
rev = list(reversed(sorted(a)))
print(rev == c, rev)
