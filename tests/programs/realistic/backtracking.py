# Backtracking puzzles: a Sudoku solver over list[list[int]] with input
# validation, N-Queens counting, and subset-sum search with path recording.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

nodes = 0


def parse_board(text: str) -> list[list[int]]:
    board: list[list[int]] = []
    for r, line in enumerate(text.strip().splitlines()):
        if len(line) != 9:
            raise ValueError(f"row {r + 1} has {len(line)} cells")
        row: list[int] = []
        for ch in line:
            if ch == ".":
                row.append(0)
            elif ch.isdigit() and ch != "0":
                row.append(int(ch))
            else:
                raise ValueError(f"bad cell {ch!r} in row {r + 1}")
        board.append(row)
    if len(board) != 9:
        raise ValueError(f"expected 9 rows, got {len(board)}")
    return board


def allowed(board: list[list[int]], r: int, c: int, v: int) -> bool:
    for i in range(9):
        if board[r][i] == v or board[i][c] == v:
            return False
    br = r - r % 3
    bc = c - c % 3
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            if board[i][j] == v:
                return False
    return True


def solve(board: list[list[int]]) -> bool:
    global nodes
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                for v in range(1, 10):
                    if allowed(board, r, c, v):
                        nodes += 1
                        board[r][c] = v
                        if solve(board):
                            return True
                        board[r][c] = 0
                return False
    return True


def show(board: list[list[int]]) -> None:
    for r, row in enumerate(board):
        if r % 3 == 0 and r > 0:
            print("------+-------+------")
        cells = ""
        for c, v in enumerate(row):
            if c % 3 == 0 and c > 0:
                cells += "| "
            cells += (str(v) if v else ".") + " "
        print(cells.rstrip())


def queens(n: int, row: int, cols: list[bool], d1: list[bool], d2: list[bool]) -> int:
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not d1[row + c] and not d2[row - c + n - 1]:
            cols[c] = True
            d1[row + c] = True
            d2[row - c + n - 1] = True
            count += queens(n, row + 1, cols, d1, d2)
            cols[c] = False
            d1[row + c] = False
            d2[row - c + n - 1] = False
    return count


def subset_sum(items: list[int], target: int, start: int, chosen: list[int], found: list[str]) -> None:
    if target == 0:
        found.append(" + ".join(chosen_strs(chosen)))
        return
    for i in range(start, len(items)):
        if items[i] > target:
            break
        if i > start and items[i] == items[i - 1]:
            continue
        chosen.append(items[i])
        subset_sum(items, target - items[i], i + 1, chosen, found)
        chosen.pop()


def chosen_strs(chosen: list[int]) -> list[str]:
    out: list[str] = []
    for x in chosen:
        out.append(str(x))
    return out


board = parse_board(PUZZLE)
if solve(board):
    print(f"solved after placing {nodes} digits:")
    show(board)
for bad in ["12345678\n" * 9, ("123456789\n" * 8) + "12345678x"]:
    try:
        parse_board(bad)
    except ValueError as e:
        print("rejected:", e)
for n in range(1, 9):
    print(f"{n}-queens: {queens(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n))} solutions")
items = [8, 6, 7, 5, 3, 10, 9, 3]
items.sort()
found: list[str] = []
subset_sum(items, 15, 0, [], found)
print(f"{len(found)} subsets of {items} sum to 15:")
for line in found:
    print("  " + line)
