# error: 5:16: expected int for an element of a list[int], not str
def f():
    out = []
    out.append(1)
    out.append("a")
    return out


print(f())
