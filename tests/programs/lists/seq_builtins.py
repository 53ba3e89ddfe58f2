# sum, min/max of a list, any, all, sorted and list(), against CPython.

nums = [4, -2, 9, 0, 7, 9]
floats = [0.1] * 10
words = "the quick brown fox jumps over the lazy dog".split()
print(sum(nums), sum(nums, 100), sum([True, True, False]), sum(floats), sum([1.5, 2.5], 10))
print(min(nums), max(nums), min(words), max(words), min([2.5, -1.0]), max([[1, 2], [1, 3], [0, 9]]))
print(any(nums), all(nums), any([]), all([]), any(["", ""]), all(["a", "b"]), any([0.0, -0.0]), all([[1], []]))
print(sorted(nums), sorted(nums, reverse=True), sorted(words), sorted("pyaot"))
print(list("héllo"), list(range(5)), list(range(10, 0, -3)), list(nums) == nums, list(nums) is not None)
empty: list[int] = list()
empty.append(3)
print(empty)
for w in sorted(words, reverse=True):
    print(w, end=" ")
print()
nothing: list[float] = []
try:
    print(max(nothing))
except ValueError as e:
    print("ValueError:", e)
print(min("zebra"), max(list("zebra")))
del nums[0]
del nums[-1]
print(nums)
try:
    del nums[10]
except IndexError as e:
    print("IndexError:", e)
