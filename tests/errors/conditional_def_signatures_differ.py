# error: 7:9: conflicting types for variable 'area': Callable[[float], float] here, Callable[[int], int] before
import sys
if len(sys.argv) > 5:
    def area(x: int) -> int:
        return x * x
else:
    def area(x: float) -> float:
        return x * x
print(area(2))
