# error: 6:17: f() got an unexpected keyword argument 'z'
def f(a: int, *, k: int) -> int:
    return a + k


print(f(1, k=2, z=3))
