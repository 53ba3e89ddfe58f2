# error: 2:7: cannot infer the parameter types of this lambda
add = lambda a, b: a + b
print(add(1, 2))
