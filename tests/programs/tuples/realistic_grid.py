# A small maze solver and inventory report: tuples as coordinates, dict
# keys, queue items, sort keys and function results.

MAZE = [
    "S..#....",
    ".#.#.##.",
    ".#...#..",
    ".####.#.",
    "......#E",
]


def find(ch: str) -> tuple[int, int]:
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return r, c
    raise ValueError(f"no {ch!r} in the maze")


def neighbours(p: tuple[int, int]) -> list[tuple[int, int]]:
    r, c = p
    out: list[tuple[int, int]] = []
    for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            out.append((nr, nc))
    return out


def solve() -> list[tuple[int, int]]:
    start = find("S")
    goal = find("E")
    came_from: dict[tuple[int, int], tuple[int, int]] = {start: start}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        for nxt in neighbours(cur):
            if nxt not in came_from:
                came_from[nxt] = cur
                queue.append(nxt)
    path = [goal]
    while path[-1] != start:
        path.append(came_from[path[-1]])
    path.reverse()
    return path


path = solve()
print(len(path) - 1, "steps")
print(path[:4], "...", path[-2:])
on_path = {p: i for i, p in enumerate(path)}
for r, row in enumerate(MAZE):
    line = ""
    for c, ch in enumerate(row):
        if ch in "SE#":
            line += ch
        elif (r, c) in on_path:
            line += str(on_path[(r, c)] % 10)
        else:
            line += " "
    print(line)


def stats(xs: list[float]) -> tuple[float, float, float]:
    total = sum(xs)
    return min(xs), max(xs), total / len(xs)


stock = [("apple", 3, 0.5), ("pear", 10, 0.75), ("fig", 3, 2.0), ("kiwi", 7, 0.25)]
by_count = sorted([(-count, name) for name, count, _ in stock])
for neg, name in by_count:
    print(f"{name:>6} {-neg:3d}")
values = [count * price for _, count, price in stock]
lo, hi, mean = stats(values)
print(f"value range {lo:.2f}..{hi:.2f}, mean {mean:.3f}")
richest = max([(count * price, name) for name, count, price in stock])
print("richest:", richest)
totals: dict[int, list[str]] = {}
for name, count, _ in stock:
    totals.setdefault(count, []).append(name)
print(sorted(totals.items()))
print(find("X"))
