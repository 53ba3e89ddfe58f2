# error: 3:5: generator function 'gen' has no return annotation
def gen(n: int):
    yield n


for x in gen(2):
    print(x)
