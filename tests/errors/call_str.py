# error: 4:1: 'str' object is not callable

s = "abc"
s()
