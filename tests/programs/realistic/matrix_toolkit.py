# A small matrix toolkit over list[list[float]]: construction, transpose,
# multiplication, recursive determinant, Gaussian-elimination solve, and printing.


def zeros(rows: int, cols: int) -> list[list[float]]:
    m: list[list[float]] = []
    for _ in range(rows):
        m.append([0.0] * cols)
    return m


def identity(n: int) -> list[list[float]]:
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1.0
    return m


def transpose(m: list[list[float]]) -> list[list[float]]:
    t = zeros(len(m[0]), len(m))
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            t[j][i] = v
    return t


def multiply(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    out = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            acc = 0.0
            for k in range(len(b)):
                acc += a[i][k] * b[k][j]
            out[i][j] = acc
    return out


def minor(m: list[list[float]], skip: int) -> list[list[float]]:
    sub: list[list[float]] = []
    for row in m[1:]:
        sub.append(row[:skip] + row[skip + 1:])
    return sub


def determinant(m: list[list[float]]) -> float:
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    det = 0.0
    sign = 1.0
    for col in range(n):
        det += sign * m[0][col] * determinant(minor(m, col))
        sign = -sign
    return det


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(a)
    aug: list[list[float]] = []
    for i in range(n):
        row = a[i].copy()
        row.append(b[i])
        aug.append(row)
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(aug[r][col]) > abs(aug[pivot][col]):
                pivot = r
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(col + 1, n):
            factor = aug[r][col] / aug[col][col]
            for c in range(col, n + 1):
                aug[r][c] -= factor * aug[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):  # pyaot: reversed(range(n)) is rejected today
        acc = aug[i][n]
        for j in range(i + 1, n):
            acc -= aug[i][j] * x[j]
        x[i] = acc / aug[i][i]
    return x


def show(name: str, m: list[list[float]]) -> None:
    print(f"{name} ({len(m)}x{len(m[0])}):")
    for row in m:
        cells: list[str] = []
        for v in row:
            cells.append(f"{v:8.3f}")
        print("  [" + " ".join(cells) + " ]")


a = [[2.0, -1.0, 0.0], [1.0, 3.0, 2.0], [0.0, 1.0, 4.0]]
b = [[1.0, 2.0], [0.5, -1.0], [3.0, 0.25]]
show("A", a)
show("B", b)
show("A^T", transpose(a))
show("A*B", multiply(a, b))
show("A*I", multiply(a, identity(3)))
print(f"det(A) = {determinant(a):.4f}")
big = [[4.0, 3.0, 2.0, 1.0], [3.0, 4.0, 3.0, 2.0], [2.0, 3.0, 4.0, 3.0], [1.0, 2.0, 3.0, 4.0]]
print(f"det(big) = {determinant(big):.4f}")
x = solve(a, [1.0, 2.0, 3.0])
print("solution:", end=" ")
parts: list[str] = []
for v in x:
    parts.append(f"{v:.6f}")
print(", ".join(parts))
try:
    multiply(a, transpose(b))
except ValueError as err:
    print("caught:", err)
try:
    solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 1.0])
except ZeroDivisionError as err:
    print("caught:", err)
finally:
    print("done")
