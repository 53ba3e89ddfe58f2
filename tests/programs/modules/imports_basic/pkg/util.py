print("util init", __name__)
def twice(n: int) -> int:
    return 2 * n
