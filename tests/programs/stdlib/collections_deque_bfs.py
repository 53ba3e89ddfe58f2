# A realistic deque workload: shortest paths on a grid maze by BFS, the
# sliding-window maximum with a monotonic deque, a bounded recent-history
# buffer, and a round-robin scheduler built on rotate().
from collections import deque

MAZE = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]


def neighbours(r: int, c: int, rows: int, cols: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and MAZE[nr][nc] != "#":
            out.append((nr, nc))
    return out


def bfs(start: tuple[int, int], goal: tuple[int, int]) -> list[tuple[int, int]]:
    rows, cols = len(MAZE), len(MAZE[0])
    prev: dict[tuple[int, int], tuple[int, int]] = {start: start}
    frontier: deque[tuple[int, int]] = deque([start])
    while frontier:
        cell = frontier.popleft()
        if cell == goal:
            break
        for nxt in neighbours(cell[0], cell[1], rows, cols):
            if nxt not in prev:
                prev[nxt] = cell
                frontier.append(nxt)
    if goal not in prev:
        return []
    path: deque[tuple[int, int]] = deque()
    cell = goal
    while cell != start:
        path.appendleft(cell)
        cell = prev[cell]
    path.appendleft(start)
    return list(path)


def window_max(xs: list[int], k: int) -> list[int]:
    """Maximum of every window of k items, in O(n): the deque holds the
    indices of a decreasing run of candidates."""
    best: deque[int] = deque()
    out: list[int] = []
    for i, x in enumerate(xs):
        while len(best) > 0 and xs[best[-1]] <= x:
            best.pop()
        best.append(i)
        if best[0] <= i - k:
            best.popleft()
        if i >= k - 1:
            out.append(xs[best[0]])
    return out


def moving_average(xs: list[float], k: int) -> list[float]:
    window: deque[float] = deque(maxlen=k)
    out: list[float] = []
    for x in xs:
        window.append(x)
        out.append(round(sum(window) / len(window), 3))
    return out


def round_robin(jobs: dict[str, int], quantum: int) -> list[str]:
    queue = deque(sorted(jobs))
    left = dict(jobs)
    order: list[str] = []
    while queue:
        name = queue[0]
        left[name] -= quantum
        order.append(name)
        if left[name] <= 0:
            queue.popleft()
        else:
            queue.rotate(-1)
    return order


path = bfs((0, 0), (4, 9))
print(len(path) - 1, "steps:", path[:4], "...", path[-3:])
print("unreachable:", bfs((0, 0), (0, 3)))
data = [4, 2, 12, 3, 8, 8, 1, 0, 15, 7, 6, 6, 9]
print(window_max(data, 3))
print(window_max(data, 5))
print(moving_average([1.0, 2.0, 4.0, 8.0, 16.0, 32.0], 3))
print(round_robin({"build": 5, "test": 3, "lint": 1, "deploy": 4}, 2))

history: deque[str] = deque(maxlen=3)
for cmd in ["ls", "cd src", "make", "make test", "git status"]:
    history.append(cmd)
    print(len(history), history)
print(history.maxlen, "make" in history, history.count("ls"), history.index("git status"))
