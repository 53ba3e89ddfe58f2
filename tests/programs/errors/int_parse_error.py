# ValueError from int() of a non-numeric string.


def parse_all(a: str, b: str, c: str) -> int:
    return int(a) + int(b) + int(c)


print(parse_all("1", " 2 ", "-3"))
print(parse_all("10", "x", "30"))
