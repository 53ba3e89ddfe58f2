# error: 3:19: parameter 'func' of function 'decorator' needs a type annotation
def repeat(n: int):
    def decorator(func):
        return func
    return decorator


deco = repeat(2)
print(deco)
