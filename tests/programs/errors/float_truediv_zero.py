# ZeroDivisionError from float / 0.0.

x = 1.5
y = 0.25
while True:
    print(x / y)
    y -= 0.125
