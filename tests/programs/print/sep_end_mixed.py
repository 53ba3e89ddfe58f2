# print with sep and end combinations: empty sep, multi-char sep, empty end, no args, and mixed value types.


def banner(title: str, width: int) -> None:
    print("=" * width)
    print(title.center(width), end="\n")
    print("=" * width, end="\n\n")


print()
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ")
print(1, 2.5, True, None, "s", [1], {"k": 0}, sep="|")
print("no newline", end="")
print(" continued", end="!\n")
print(end="")
print("x", end="")
print(sep="::")
print("", "", sep=",")
print("", end="-\n")
for i in range(4):
    print(i, end=" " if i < 3 else "\n")
print("tab\tsep", "q'uote", 'd"q', sep="\t")
banner("Report", 12)
print([1.0, -0.0], [[], [""]], {"a": [1.5]}, "é", sep="\n")
print(-0.0, 1e100, 1 / 3, sep=", ", end=" END\n")
print("multi\nline", "end")
