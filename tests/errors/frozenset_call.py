# error: 2:5: unsupported: frozenset
f = frozenset([1, 2])
