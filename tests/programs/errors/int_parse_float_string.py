# ValueError: int() does not accept a float literal string.

print(int("15"))
print(int("1.5"))
