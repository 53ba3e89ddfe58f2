# An exception raised without a message prints only its type name.


def unsupported(kind: str) -> None:
    print("checking", kind)
    if kind == "b":
        raise NotImplementedError()


unsupported("a")
unsupported("b")
