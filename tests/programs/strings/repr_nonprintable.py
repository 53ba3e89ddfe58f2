# repr() escapes non-printable code points (\xNN, \uNNNN) but keeps printable ones.


def main() -> None:
    print(repr("nbsp\u00a0here"))
    print(repr("soft\u00adhyphen"))
    print(repr("zero\u200bwidth"))
    print(repr("c1\x85control"))
    print(repr("line\u2028sep"))
    print(repr("ok: ü ß ñ ε ж"))
    print(repr("\x1b[0m"))
    print(repr("emoji \U0001f600"))


main()
