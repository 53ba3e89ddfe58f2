# `and`/`or` whose operands differ in type, used only for their truth:
# if, elif, while, assert, conditional expressions, comprehension filters.


def sliding_max(xs: list[int], k: int) -> list[int]:
    window: list[int] = []
    out: list[int] = []
    for i, x in enumerate(xs):
        while window and xs[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.pop(0)
        if i >= k - 1:
            out.append(xs[window[0]])
    return out


def describe(name: str, items: list[str], limit: int) -> str:
    if not name or limit == 0:
        return "nothing"
    elif items and len(items) > limit:
        return name + ": many"
    elif not (items and name):
        return name + ": empty"
    return name + ": " + ",".join(items)


def first_word(line: str) -> str:
    words = line.split()
    return words[0] if words and line[0] != "#" else "-"


print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(describe("", ["a"], 1), describe("x", ["a", "b"], 1), describe("y", [], 3), describe("z", ["q"], 3))
print([first_word(s) for s in ["hello world", "", "# comment", "  spaced  out"]])
counts = {"a": 2, "b": 0}
print([k for k in ["a", "b", "c"] if k in counts and counts[k] or k == "c"])
n = 0
stack = [3, 2, 1]
while stack and n < 10 or n == 0:
    n += stack.pop()
print(n, stack)
assert counts and len(counts) == 2, "two keys"
try:
    assert [] or 0, "empty and zero are false"
except AssertionError as e:
    print("assert:", e)
