# KeyErrors from set methods, caught; their str() and repr().
s = {1, 2, 3}
try:
    s.remove(5)
except KeyError as e:
    print("caught", e, repr(e))
names = {"ann", "bob"}
try:
    names.remove("carl")
except KeyError as e:
    print("caught", e)
pairs = {(1, "x")}
try:
    pairs.remove((2, "y"))
except KeyError as e:
    print("caught", e)
empty: set[float] = set()
try:
    empty.pop()
except KeyError as e:
    print("caught", e)
names.discard("zed")
print(sorted(names))
try:
    {1.5}.remove(2.5)
except LookupError as e:
    print("lookup", e)
