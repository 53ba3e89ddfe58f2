# A loop body that adds or removes keys of the dict or set it iterates
# raises CPython's RuntimeError; changing values, or iterating a copy, is fine.
from typing import Iterable


def bump(d: dict[str, int]) -> None:
    for k in d:
        d[k] += 1


counts = {"a": 1, "b": 2, "c": 3}
bump(counts)
print(counts)
try:
    for name in counts:
        counts[name + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(counts)

nums = {1: 1, 2: 2, 3: 3}
try:
    for k, v in nums.items():
        del nums[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(nums)

# The same size but other keys: CPython notices only when it finds more
# items than it started with (here a resize compacts the entries first).
swapped = {1: 1, 2: 2, 3: 3}
for k in swapped:
    del swapped[k]
    swapped[k + 10] = 0
print(swapped)
small = {1: 1, 2: 2, 3: 3, 4: 4}
try:
    for k in small:
        if k == 1:
            del small[k]
            small[5] = 5
except RuntimeError as e:
    print("RuntimeError:", e)
print(small)

# Added and removed again within one step: the size is unchanged.
steady = {1: 1, 2: 2}
for k in steady:
    if k == 2:
        steady[5] = 5
        del steady[5]
print(steady)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))
kept = {1, 2, 3}
for x in kept:
    kept.discard(99)
print(sorted(kept))

copy_ok = {1: 1, 2: 2}
for k in list(copy_ok):
    del copy_ok[k]
print(copy_ok)

words = {"x": 1}
try:
    for v in words.values():
        words["y"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print([words.setdefault(w + w, 0) for w in words])
except RuntimeError as e:
    print("RuntimeError:", e)
for i, w in enumerate(words):
    print(i, w)
for a, b in zip(words, words.values()):
    print(a, b)
print({k: v for k, v in words.items()}, [kv for kv in words.items()], sorted(words))
for kv in words.items():
    print(kv)


def drain(xs: set[int]) -> list[int]:
    out: list[int] = []
    for x in xs:
        out.append(x)
        xs.remove(x)
    return out


try:
    print(drain({5, 6}))
except RuntimeError as e:
    print("RuntimeError:", e)

def grow_all(xs: Iterable[int], into: set[int]) -> None:
    for x in xs:
        into.add(x + 100)


pool = {1, 2}
grow_all([7], pool)
try:
    grow_all(pool, pool)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(pool))

last = {1: 1}
for k in last:
    last.pop(k)
print(last)
