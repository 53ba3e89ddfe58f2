# Nested loops with break/continue affecting only the innermost loop.


def main() -> None:
    for i in range(1, 10):
        row = ""
        for j in range(1, 10):
            row += f"{i * j:4}"
        print(row)
    for i in range(5):
        for j in range(5):
            if j > i:
                break
            if (i + j) % 2 == 1:
                continue
            print(f"({i},{j})", end="")
        print()
    found = False
    for a in range(1, 30):
        for b in range(a, 30):
            for c in range(b, 30):
                if a * a + b * b == c * c:
                    print("triple", a, b, c)
                    if c > 20:
                        found = True
                        break
            if found:
                break
        if found:
            break
    print("found:", found)
    count = 0
    i = 0
    while i < 4:
        for ch in "ab":
            j = 0
            while j < 3:
                count += 1
                j += 1
        i += 1
    print("count:", count)
    for ch in "xyz":
        for ch2 in "xyz":
            if ch == ch2:
                continue
            print(ch + ch2, end=" ")
    print()


main()
