# error: 2:12: can only concatenate str (not "int") to str
print("é", "a" + 1, "日本")
