# repr() of strings: quote choice and escapes.


def main() -> None:
    print(repr("plain"))
    print(repr("it's"))
    print(repr('say "hi"'))
    print(repr("both ' and \""))
    print(repr("tab\there"))
    print(repr("new\nline"))
    print(repr("back\\slash"))
    print(repr("carriage\rreturn"))
    print(repr("bell\x07"))
    print(repr("nul\x00"))
    print(repr("del\x7f"))
    print(repr("héllo"))
    print(repr("日本"))
    print(repr("snow☃man"))
    print(repr(""))
    print("tab\there", "new\nline", sep="|")
    print(len("\n"), len("\\n"), len("☃"))
    s = "quote'"
    print(f"{s!r}", f"{s}", str(s), repr(repr(s)))


main()
