# print() with sep= and end=, empty calls and many arguments.


def main() -> None:
    print()
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("a", "b", "c", sep="\n")
    print("no newline", end="")
    print(" <- continued")
    print("x", end="!\n")
    print("1", "2", sep="-", end="|\n")
    print(end="")
    print(sep="ignored")
    print("tab", "separated", sep="\t")
    print(1, 2.5, True, None, "s", sep=" / ")
    for i in range(5):
        print(i, end=", " if i < 4 else "\n")
    sep = "::"
    print("dynamic", "sep", sep=sep)
    print("multi\nline\nstring")
    print("", "", "", sep="x")
    print("unicode: héllo ☃ 日本", end=" ✓\n")


main()
