# stdout produced before an uncaught exception must be flushed completely.

for i in range(2000):
    print("line", i, "x" * (i % 50))
print(10 // (2000 - 2000))
