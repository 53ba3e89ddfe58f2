# Unpacking a list of the wrong length raises ValueError when it runs.


def parse(line: str) -> tuple[str, int]:
    key, value = line.split("=")
    return key, int(value)


print(parse("a=1"))
print(parse("b=22"))
print(parse("c=3=4"))
