"""Plane geometry on plain numbers and lists.

A point is two coordinates, and a polygon is two parallel lists: vertex i
is (xs[i], ys[i]), in order around the boundary, not repeated at the end.
Functions given malformed input (lists of different lengths, fewer than
three vertices, impossible triangles) raise ValueError with the reason.
"""


def distance(x1: float, y1: float, x2: float, y2: float) -> float:
    """Euclidean distance between (x1, y1) and (x2, y2)."""
    dx = x2 - x1
    dy = y2 - y1
    return (dx * dx + dy * dy) ** 0.5


def _check_polygon(xs: list[float], ys: list[float]) -> None:
    if len(xs) != len(ys):
        raise ValueError(f"xs and ys differ in length: {len(xs)} and {len(ys)}")
    if len(xs) < 3:
        raise ValueError(f"a polygon needs at least 3 vertices, got {len(xs)}")


def signed_area(xs: list[float], ys: list[float]) -> float:
    """Shoelace area: positive when the vertices run counter-clockwise."""
    _check_polygon(xs, ys)
    n = len(xs)
    total = 0.0
    for i in range(n):
        j = (i + 1) % n
        total += xs[i] * ys[j] - xs[j] * ys[i]
    return total / 2.0


def polygon_area(xs: list[float], ys: list[float]) -> float:
    """Area of a simple polygon, whichever way its vertices run."""
    return abs(signed_area(xs, ys))


def is_clockwise(xs: list[float], ys: list[float]) -> bool:
    """Whether the vertices run clockwise (negative signed area)."""
    return signed_area(xs, ys) < 0.0


def polygon_perimeter(xs: list[float], ys: list[float]) -> float:
    """Length of the closed boundary, last vertex back to the first."""
    _check_polygon(xs, ys)
    n = len(xs)
    total = 0.0
    for i in range(n):
        j = (i + 1) % n
        total += distance(xs[i], ys[i], xs[j], ys[j])
    return total


def _centroid(xs: list[float], ys: list[float], axis: int) -> float:
    area = signed_area(xs, ys)
    if area == 0.0:
        raise ValueError("a polygon with zero area has no centroid")
    n = len(xs)
    total = 0.0
    for i in range(n):
        j = (i + 1) % n
        cross = xs[i] * ys[j] - xs[j] * ys[i]
        if axis == 0:
            total += (xs[i] + xs[j]) * cross
        else:
            total += (ys[i] + ys[j]) * cross
    return total / (6.0 * area)


def centroid_x(xs: list[float], ys: list[float]) -> float:
    """x coordinate of the polygon's centre of mass (uniform density)."""
    return _centroid(xs, ys, 0)


def centroid_y(xs: list[float], ys: list[float]) -> float:
    """y coordinate of the polygon's centre of mass (uniform density)."""
    return _centroid(xs, ys, 1)


def contains_point(xs: list[float], ys: list[float], x: float, y: float) -> bool:
    """Whether (x, y) lies inside the polygon (even-odd rule; points on
    the boundary may count either way)."""
    _check_polygon(xs, ys)
    inside = False
    n = len(xs)
    j = n - 1
    for i in range(n):
        if (ys[i] > y) != (ys[j] > y):
            cross_x = xs[i] + (y - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i])
            if x < cross_x:
                inside = not inside
        j = i
    return inside


def bounding_box(xs: list[float], ys: list[float]) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y) of the points (xs[i], ys[i])."""
    if len(xs) != len(ys):
        raise ValueError(f"xs and ys differ in length: {len(xs)} and {len(ys)}")
    if len(xs) == 0:
        raise ValueError("no points")
    return min(xs), min(ys), max(xs), max(ys)


def centroid(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """The centroid (x, y) of a polygon; raises ValueError for a polygon of
    zero area."""
    return centroid_x(xs, ys), centroid_y(xs, ys)


def scale(coords: list[float], factor: float) -> list[float]:
    """Every coordinate multiplied by factor (scaling about the origin)."""
    return [c * factor for c in coords]


def translate(coords: list[float], offset: float) -> list[float]:
    """Every coordinate shifted by offset: pass xs with dx, ys with dy."""
    return [c + offset for c in coords]


def triangle_kind(a: float, b: float, c: float) -> str:
    """'equilateral', 'isosceles' or 'scalene' for side lengths a, b, c.

    Raises ValueError unless every side is positive and each is shorter
    than the other two together.
    """
    if a <= 0.0 or b <= 0.0 or c <= 0.0:
        raise ValueError(f"sides must be positive, got {a}, {b}, {c}")
    if a + b <= c or a + c <= b or b + c <= a:
        raise ValueError(f"{a}, {b}, {c} violate the triangle inequality")
    if a == b and b == c:
        return "equilateral"
    if a == b or b == c or a == c:
        return "isosceles"
    return "scalene"


def is_right_triangle(a: float, b: float, c: float, tolerance: float = 1e-9) -> bool:
    """Whether sides a, b, c meet at a right angle (Pythagoras, with a
    relative tolerance)."""
    sides = sorted([a, b, c])
    lhs = sides[0] * sides[0] + sides[1] * sides[1]
    rhs = sides[2] * sides[2]
    return abs(lhs - rhs) <= tolerance * rhs


# --- Classes ---------------------------------------------------------------
# A `Polygon` class (vertices kept together; area, perimeter and centroid as
# properties; `contains(x, y)` as a method) comes when pyaot compiles
# classes. Until then a polygon is the pair of lists used above.
