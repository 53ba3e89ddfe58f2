# Regressions: exception arguments keep their repr (ValueError(42), not
# ValueError('42')); KeyError shows its key's repr.

for v in [42]:
    try:
        raise ValueError(v)
    except ValueError as e:
        print(repr(e), str(e), e)
try:
    raise RuntimeError(None)
except RuntimeError as e:
    print(repr(e), e)
try:
    raise KeyError(7)
except KeyError as e:
    print(repr(e), e)
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e), e)
try:
    raise TypeError([1, 2])
except TypeError as e:
    print(repr(e), e)
try:
    assert 1 > 2, 3.5
except AssertionError as e:
    print(repr(e), e)
try:
    raise IndexError("plain")
except IndexError as e:
    print(repr(e), e)
raise ValueError(-0.0)
