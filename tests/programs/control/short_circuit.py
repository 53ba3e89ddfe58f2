# and/or short-circuit: right operands with side effects run only when needed.


def t(label: str) -> bool:
    print("  t", label)
    return True


def f(label: str) -> bool:
    print("  f", label)
    return False


def num(label: str, v: int) -> int:
    print("  num", label, v)
    return v


def main() -> None:
    print("f and t")
    print(f("1") and t("2"))
    print("t and f")
    print(t("1") and f("2"))
    print("t or f")
    print(t("1") or f("2"))
    print("f or t")
    print(f("1") or t("2"))
    print("f or f or t or f")
    print(f("1") or f("2") or t("3") or f("4"))
    print("t and t and f and t")
    print(t("1") and t("2") and f("3") and t("4"))
    print("mixed")
    print((f("1") and t("2")) or (t("3") and t("4")))
    print("not")
    print(not f("1") and t("2"))
    print("ints")
    print(num("a", 0) or num("b", 7) or num("c", 9))
    print(num("a", 3) and num("b", 0) and num("c", 9))
    if f("cond1") or t("cond2"):
        print("branch taken")
    while t("loop") and f("stop"):
        print("never")
    x = 5 if t("ternary-cond") else num("never", 0)
    print(x)


main()
