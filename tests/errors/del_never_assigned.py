# error: 5:9: cannot access local variable 'counter' where it is not associated with a value
counter = 5

def unbound_del() -> None:
    del counter


unbound_del()
