# error: 4:9: function 'greet' is defined inside a compound statement (`if`, `try`, ...), so it is bound when that runs and called as a value
import sys
if len(sys.argv) > 5:
    def greet(name):
        return "hi " + name
else:
    def greet(name):
        return "hello " + name
print(greet("bob"))
