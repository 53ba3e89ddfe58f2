# while/else and for/else: else runs only when the loop ends without break, including zero-iteration loops.


def first_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def search(xs: list[int], t: int) -> str:
    i = 0
    while i < len(xs):
        if xs[i] == t:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
        return "no"
    return "yes"


print([first_divisor(n) for n in [2, 9, 15, 17, 49, 97, 91]])
print(search([3, 1, 4], 4), search([3, 1, 4], 5), search([], 1))
n = 0
while n > 0:
    n -= 1
else:
    print("zero iterations still run else")
for i in range(3):
    for j in range(3):
        if i + j == 3:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke at", i, j)
k = 10
while k:
    k -= 3
    if k < 0:
        print("negative", k)
        break
else:
    print("no break")
count = 0
while count < 5:
    count += 1
    if count % 2:
        continue
else:
    print("done continue loop", count)
