# error: 3:5: exported function 'total' has a *args parameter
"""*args has no place in an exported signature."""
def total(*xs: int) -> int:
    return len(xs)
