# int floor division and modulo sign rules across all sign combinations, with the identity a == (a // b) * b + a % b.


def check(a: int, b: int) -> str:
    q = a // b
    r = a % b
    ok = q * b + r == a
    same_sign = r == 0 or (r > 0) == (b > 0)
    return f"{a:>4} // {b:>3} = {q:>4}   {a:>4} % {b:>3} = {r:>3}  {ok} {same_sign}"


values = [0, 1, -1, 7, -7, 13, -13, 100, -100, 9223372036854775807]
divisors = [1, -1, 2, -2, 3, -3, 7, -7, 10, -10]
good = 0
for a in values[:9]:
    for b in divisors:
        line = check(a, b)
        if a in [7, -7, 13] and b in [2, -2, 3, -3]:
            print(line)
        q = a // b
        if q * b + a % b == a:
            good += 1
print("identity held", good, "times")
big = values[9]
print(big // 2, big % 2, big // -2, big % -2)
print(-big // 3, -big % 3, (-big - 1) // 7, (-big - 1) % 7)
print(-1 // 1000000, -1 % 1000000, 1 // -1000000, 1 % -1000000)
x = -17
x //= 5
print(x)
x %= -3
print(x)
n = 45
steps: list[int] = []
while n != 0:
    steps.append(n % -4)
    n = n // -4
print(steps)
