# error: 6:24: keyword argument 'y' of opts() is a str, but earlier ones for '**kw' are int
def opts(name, **kw):
    return name


print(opts("a", x=1, y="s"))
