# Maze solver: parses a text maze, finds the shortest path with breadth-first
# search (cells encoded as row * width + col), marks the path, and counts
# dead ends.  A second, recursive depth-first search counts all simple paths.

MAZE = """
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########
"""

grid: list[str] = []
width = 0
height = 0


def load(text: str) -> None:
    global width, height
    for line in text.strip().splitlines():
        grid.append(line)
    height = len(grid)
    width = len(grid[0])
    for r, row in enumerate(grid):
        if len(row) != width:
            raise ValueError(f"row {r} has width {len(row)}, expected {width}")


def find(ch: str) -> int:
    for r in range(height):
        c = grid[r].find(ch)
        if c != -1:
            return r * width + c
    raise ValueError(f"no {ch!r} in maze")


def neighbours(cell: int) -> list[int]:
    r = cell // width
    c = cell % width
    out: list[int] = []
    for dr, dc in zip([-1, 1, 0, 0], [0, 0, -1, 1]):
        nr = r + dr
        nc = c + dc
        if 0 <= nr < height and 0 <= nc < width and grid[nr][nc] != "#":
            out.append(nr * width + nc)
    return out


def bfs(start: int, goal: int) -> list[int]:
    prev = [-1] * (width * height)
    seen = [False] * (width * height)
    queue = [start]
    seen[start] = True
    head = 0
    while head < len(queue):
        cell = queue[head]
        head += 1
        if cell == goal:
            break
        for nxt in neighbours(cell):
            if not seen[nxt]:
                seen[nxt] = True
                prev[nxt] = cell
                queue.append(nxt)
    else:
        return []
    path: list[int] = []
    cell = goal
    while cell != -1:
        path.append(cell)
        cell = prev[cell]
    path.reverse()
    return path


def count_paths(cell: int, goal: int, visited: list[bool]) -> int:
    if cell == goal:
        return 1
    visited[cell] = True
    total = 0
    for nxt in neighbours(cell):
        if not visited[nxt]:
            total += count_paths(nxt, goal, visited)
    visited[cell] = False
    return total


def render(path: list[int]) -> None:
    for r in range(height):
        row = ""
        for c in range(width):
            ch = grid[r][c]
            if ch == "." and r * width + c in path:
                ch = "*"
            row += ch
        print("   " + row)


load(MAZE)
start = find("S")
goal = find("E")
print(f"maze {width}x{height}, start=({start // width},{start % width}) goal=({goal // width},{goal % width})")
path = bfs(start, goal)
print(f"shortest path: {len(path) - 1} steps")
render(path)
dead_ends = 0
open_cells = 0
for cell in range(width * height):
    if grid[cell // width][cell % width] == ".":
        open_cells += 1
        if len(neighbours(cell)) == 1:
            dead_ends += 1
print(f"open cells: {open_cells}, dead ends: {dead_ends}")
print("simple paths S->E:", count_paths(start, goal, [False] * (width * height)))
moves = ""
for a, b in zip(path, path[1:]):
    d = b - a
    moves += "D" if d == width else "U" if d == -width else "R" if d == 1 else "L"
print("moves:", moves)
grid[5] = grid[5].replace("E", "#")
try:
    find("E")
except ValueError as e:
    print("after walling off:", e)
