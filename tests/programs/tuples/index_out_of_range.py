# A variable index past the end raises IndexError at run time.

levels = (10, 20, 30)
i = 0
while True:
    print(levels[i], levels[-1 - i])
    i += 1
