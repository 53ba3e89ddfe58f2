# error: 4:12: can only concatenate str (not "int") to str

name = "a"
greeting = name + 1
print(greeting)
