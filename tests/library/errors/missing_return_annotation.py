# error: 4:5: exported function 'area' needs a return type annotation
"""A library function without a return annotation cannot be exported."""

def area(w: float, h: float):
    return w * h
