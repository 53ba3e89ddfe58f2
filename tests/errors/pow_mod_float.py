# error: 2:14: pow() 3rd argument not allowed unless all arguments are integers
print(pow(2, 0.5, 7))
