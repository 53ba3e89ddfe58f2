# while loops with else, break and continue.


def find_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def main() -> None:
    i = 0
    while i < 5:
        print("i =", i)
        i += 1
    else:
        print("while finished normally, i =", i)
    j = 0
    while j < 10:
        if j == 3:
            print("breaking at", j)
            break
        j += 1
    else:
        print("not printed")
    k = 0
    while k < 10:
        k += 1
        if k % 2 == 0:
            continue
        print("odd k", k)
    else:
        print("else after continue-loop, k =", k)
    while False:
        print("never")
    else:
        print("else of a loop that never ran")
    for n in [2, 9, 17, 91, 97, 221, 1001]:
        print(n, "smallest divisor:", find_divisor(n))
    countdown = 3
    while countdown:
        print("countdown", countdown)
        countdown -= 1
    s = "abc"
    while s:
        print("s =", s)
        s = s[1:]


main()
