# error: 3:11: cannot infer the parameter types of this lambda

double = (lambda n: n * 2)
print(double)
