# error: 4:11: name 'totl' is not defined

total = 3
print(1 + totl)
