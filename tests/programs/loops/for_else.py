# for/else: the else block runs only when the loop was not broken out of.


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True


def first_vowel(s: str) -> str:
    for ch in s:
        if ch in "aeiou":
            print("  found", ch)
            break
    else:
        print("  no vowel in", repr(s))
        return ""
    return ch


def main() -> None:
    for n in range(20):
        if is_prime(n):
            print(n, end=" ")
    print()
    for w in ["rhythm", "python", "", "xyzzy", "queue"]:
        print(repr(w), "->", repr(first_vowel(w)))
    for i in range(3):
        print("iter", i)
    else:
        print("else ran")
    for i in range(3):
        if i == 1:
            break
    else:
        print("not printed")
    for i in range(0):
        print("never")
    else:
        print("else of empty loop")
    for i in range(5):
        if i % 2 == 0:
            continue
        print("odd", i)
    else:
        print("else after continue")


main()
