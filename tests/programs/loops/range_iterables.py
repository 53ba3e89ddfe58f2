# range() consumed as an iterable: reversed(range(...)) in for loops,
# sum/sorted/list/min/max of ranges, ranges in comprehensions, enumerate
# and zip over ranges.

for i in reversed(range(5)):
    print(i, end=" ")
print()
for i in reversed(range(2, 11, 3)):
    print(i, end=" ")
print()
for i in reversed(range(0)):
    print("never")
print(sum(range(101)), sum(range(10, 0, -2)), max(range(7)), min(range(3, 9)))
print(sorted(range(5), reverse=True), list(range(-3, 3)), any(range(1)), all(range(1, 4)))
print([i * i for i in reversed(range(4))], {i: i % 3 for i in range(5)})
for n, letter in zip(range(10), "abc"):
    print(n, letter)
for i, v in enumerate(range(100, 103), start=1):
    print(i, v)
print(sum(x for x in range(20) if x % 3 == 0))
