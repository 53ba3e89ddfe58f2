# A script with no functions at all: loops, conditionals and variables at module level.

total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print("total", total)

word = "module"
letters = 0
for ch in word:
    letters += 1
print(word, letters)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)

x = 2.5
x *= 4
print(x)
flag = total > 20 and letters == 6
print(flag)
if flag:
    print("flag set")
elif total > 0:
    print("positive")
else:
    print("other")
