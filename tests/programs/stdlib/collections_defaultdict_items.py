# defaultdict(factory, items): a dict display, a dict (copied), pairs or
# keyword items, then the factory for missing keys.

from collections import defaultdict

groups: defaultdict[str, list[int]] = defaultdict(list, {"a": [1], "b": [2, 3]})
groups["a"].append(9)
groups["c"].append(4)
print(groups)
counts: defaultdict[str, int] = defaultdict(int, [("x", 2), ("y", 5)])
counts["x"] += 1
counts["z"] += 1
print(counts, counts["q"], len(counts))
named: defaultdict[str, int] = defaultdict(int, a=1, b=2)
named["c"] += 3
print(named)
base: dict[str, float] = {"p": 1.5}
scaled: defaultdict[str, float] = defaultdict(lambda: -1.0, base)
base["p"] = 0.0
print(scaled["p"], scaled["n"], dict(scaled), base)
nums: defaultdict[int, set[int]] = defaultdict(set, zip([1, 2], [{7}, {8, 9}]))
nums[3].add(1)
print(nums)
empty: defaultdict[str, list[str]] = defaultdict(list, {})
empty["k"].append("v")
print(empty)
