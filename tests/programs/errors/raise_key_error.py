# KeyError's message is the repr of its argument.


def lookup(key: str) -> int:
    if key == "one":
        return 1
    raise KeyError(key)


print(lookup("one"))
print(lookup("two"))
