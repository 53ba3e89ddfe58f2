from ..util import twice
print("deep init", __name__)
def depth() -> int:
    return twice(3)
