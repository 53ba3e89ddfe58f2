# error: 3:14: syntax error: Cannot reuse outer quote character in f-strings on Python 3.11
x = "a"
print(f"{x + "b"}")
