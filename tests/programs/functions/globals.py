# Module-level variables read from functions; `global` to write them.

total = 0
calls = 0
label = "start"
ratio = 1.0
LIMIT = 10


def add(n: int) -> None:
    global total, calls
    total += n
    calls += 1


def relabel(new: str) -> None:
    global label
    label = label + "->" + new


def halve() -> float:
    global ratio
    ratio /= 2
    return ratio


def under_limit(n: int) -> bool:
    return n < LIMIT


def shadow() -> int:
    total = 999
    return total


def main() -> None:
    for i in range(1, 6):
        add(i)
    print(total, calls)
    relabel("a")
    relabel("b")
    print(label)
    print(halve(), halve(), halve(), ratio)
    print(under_limit(3), under_limit(10))
    print(shadow(), total)


main()
add(100)
print("after:", total, calls, label, ratio)
