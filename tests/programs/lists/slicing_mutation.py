# list slicing with negative steps and out-of-range bounds, del by index, insert at extremes, and pop variants.


def rotate(xs: list[int], k: int) -> list[int]:
    if not xs:
        return xs
    k = k % len(xs)
    return xs[-k:] + xs[:-k] if k else xs[:]


xs = list(range(10))
print(xs[::2], xs[1::3], xs[::-1], xs[::-3], xs[8:2:-2], xs[-3:], xs[:-7])
print(xs[100:], xs[-100:2], xs[5:5], xs[7:3], xs[-1:-4:-1], xs[3:-3])
print([rotate(xs[:5], k) for k in [0, 1, -1, 7]], rotate([], 3))
ys = xs[:]
del ys[0]
del ys[-1]
del ys[3]
print(ys, len(ys))
ys.insert(0, -1)
ys.insert(100, 100)
ys.insert(-1, 50)
ys.insert(-100, -100)
print(ys)
print(ys.pop(), ys.pop(0), ys.pop(-2), ys.pop(2), ys)
ys.remove(5)
print(ys, ys.index(7), ys.count(7), 7 in ys, 5 in ys)
zs = [3, 1, 3, 1]
zs.remove(1)
print(zs)
zs.extend(zs)
print(zs)
zs.reverse()
print(zs, zs * 0, [0] * 3, 2 * [1, 2])
zs.clear()
print(zs, len(zs), zs == [])
ws = ["a", "b", "c", "d"]
ws[1] = "B"
ws[-1] = "D"
print(ws, ws[1:3] + ws[:1], ws < ["a", "c"], [1, 2] < [1, 2, 0], [] < [0])
