# error: 2:5: parameter 's' of exported function 'total' has type set[int], which cannot cross the library boundary
def total(s: set[int]) -> int:
    return sum(s)
