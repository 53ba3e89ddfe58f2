# hash() of ints, floats, bools and tuples matches CPython exactly; str and
# bytes hashes are randomised per process in CPython, so only compared.
class K:
    def __init__(self, v: int) -> None:
        self.v = v

    def __hash__(self) -> int:
        return self.v * 7

    def __eq__(self, other: "K") -> bool:
        return True

class M:
    def __hash__(self) -> int:
        return -1

print(hash(1), hash(-1), hash(0), hash(2**61), hash(-9223372036854775807 - 1), hash(9223372036854775807))
print(hash(True), hash(False))
print(hash(1.5), hash(2.0), hash(-0.0), hash(0.1), hash(1e300), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1.5, True)), hash(((1, 2), 3)), hash((-1,)))
print(hash(K(3)), hash(M()))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"))
print(hash(2.0) == hash(2), hash((1, 2.0)) == hash((1, 2)))
