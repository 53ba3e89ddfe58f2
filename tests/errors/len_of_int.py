# error: 3:7: object of type 'int' has no len()
n = 12345
print(len(n))
