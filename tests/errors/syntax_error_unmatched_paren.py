# error: 3:5: syntax error
x = 1
y = )
print(x)
