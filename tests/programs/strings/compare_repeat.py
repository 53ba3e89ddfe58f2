# String comparison (code-point order), concatenation, repetition, membership.


def order(a: str, b: str) -> str:
    if a < b:
        return "<"
    if a > b:
        return ">"
    return "=="


def main() -> None:
    pairs = ["apple", "banana", "Apple", "apple", "abc", "abd", "", "a", "Z", "a", "é", "z", "ab", "abc", "10", "9"]
    i = 0
    while i < len(pairs):
        a = pairs[i]
        b = pairs[i + 1]
        print(repr(a), order(a, b), repr(b), a == b, a != b, a <= b, a >= b)
        i += 2
    print("ab" * 3, "-" * 20, repr("x" * 0), repr("x" * -2), 3 * "ha")
    line = "=" * 5 + "[" + "mid" + "]" + "=" * 5
    print(line, len(line))
    s = "the quick brown fox"
    print("quick" in s, "slow" in s, "" in s, "fox" not in s, "q" in "quick")
    print("a" < "b" < "c", "a" < "c" < "b", "b" > "a" == "a")
    acc = ""
    for i in range(5):
        acc += str(i)
        acc *= 1
    print(acc)
    t = "ab"
    t *= 3
    print(t)


main()
