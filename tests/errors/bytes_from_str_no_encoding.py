# error: 2:13: string argument without an encoding
print(bytes("abc"))
