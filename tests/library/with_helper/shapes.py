"""A library whose implementation lives partly in a helper module."""
from geometry_helpers import square, Unit
import geometry_helpers


def area(side: float) -> float:
    """The area of a square."""
    return square(side) * geometry_helpers.SCALE


def unit_name() -> str:
    return Unit("m").name
