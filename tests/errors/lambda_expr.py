# error: 3:11: unsupported syntax: lambda

double = (lambda n: n * 2)
print(double)
