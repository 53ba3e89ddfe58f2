# The list method set and list operators, against CPython.

xs = [5, 3, 8, 1, 9, 2]
print(xs, len(xs))
xs.sort()
print("sorted", xs)
xs.sort(reverse=True)
print("reversed sort", xs)
xs.reverse()
print("reverse", xs)
print("pop", xs.pop(), xs.pop(0), xs)
xs.insert(1, 42)
xs.insert(-1, 7)
xs.insert(100, 99)
print("insert", xs)
xs.remove(42)
print("remove", xs, xs.index(7), xs.count(7), 7 in xs, 6 in xs, 6 not in xs)
ys = xs.copy()
ys.append(1000)
print("copy", xs, ys)
xs.extend([10, 20])
print("extend", xs)
print("concat", [1, 2] + [3], "repeat", [0] * 3, 2 * ["ab"])
print("slices", xs[1:3], xs[::-1], xs[::2], xs[-2:], xs[:0])
print("compare", [1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [2] > [1, 9], [1, 2] <= [1, 2, 0])
names = ["pear", "Apple", "fig", "banana"]
names.sort()
print(names)
fl = [2.5, -1.0, 3.25, 0.0]
fl.sort()
print(fl)
nested = [[3, 1], [1, 2], [1, 1]]
nested.sort()
print(nested, [1, 1] in nested)
bs = [True, False, True]
bs.sort()
print(bs, bs.count(True))
empty: list[int] = []
print(empty, empty == [], len(empty))
xs.clear()
print("clear", xs)
