# error: 3:5: exported function 'scale' has keyword-only parameters
"""Keyword-only parameters have no place in an exported signature."""
def scale(x: int, *, by: int = 2) -> int:
    return x * by
