# error: 7:7: C.m() missing 1 required keyword-only argument: 'k'
class C:
    def m(self, *, k: int) -> int:
        return k


print(C().m())
