class Vec:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __eq__(self, other: "Vec") -> bool:
        return self.x == other.x and self.y == other.y

    def __ne__(self, other: "Vec") -> bool:
        print("  (ne called)")
        return not self == other

    def __lt__(self, other: "Vec") -> bool:
        return self.norm2() < other.norm2()

    def __le__(self, other: "Vec") -> bool:
        return self.norm2() <= other.norm2()

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


a = Vec(1.0, 2.0)
b = Vec(3.0, -1.0)
print(a + b, a - b, a * 2.0, 3.0 * b, -a)
print(a == Vec(1.0, 2.0), a != b, a < b, b < a, a <= a, a > b, b >= a)
c = a
c += b
print(c, a)
vs = [Vec(3.0, 4.0), Vec(0.0, 1.0), Vec(-2.0, 0.0), Vec(1.0, 1.0)]
print(sorted(vs), min(vs), max(vs))
vs.sort(reverse=True)
print(vs)


class Matrix:
    def __init__(self, rows: int, cols: int):
        self.rows = rows
        self.cols = cols
        self.data = [0.0] * (rows * cols)

    def __getitem__(self, idx: int) -> list[float]:
        return self.data[idx * self.cols:(idx + 1) * self.cols]

    def __setitem__(self, idx: int, row: list[float]) -> None:
        for j in range(self.cols):
            self.data[idx * self.cols + j] = row[j]

    def __len__(self) -> int:
        return self.rows

    def __contains__(self, v: float) -> bool:
        return v in self.data

    def __call__(self, i: int, j: int) -> float:
        return self.data[i * self.cols + j]

    def __iadd__(self, k: float) -> "Matrix":
        for i in range(len(self.data)):
            self.data[i] += k
        return self


m = Matrix(2, 3)
m[0] = [1.0, 2.0, 3.0]
m[1] = [4.0, 5.0, 6.0]
print(m[1], len(m), 5.0 in m, 7.0 in m, 7.0 not in m, m(1, 2))
m += 0.5
print(m.data)


class Counter:
    def __init__(self):
        self.counts: dict[str, int] = {}

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)

    def __setitem__(self, key: str, value: int) -> None:
        self.counts[key] = value


cnt = Counter()
for w in "the cat and the hat and the bat".split():
    cnt[w] += 1
print(cnt.counts, cnt["the"], cnt["dog"])
