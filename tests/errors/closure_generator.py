# error: 4:9: generator function 'inner' is annotated -> None
def gen() -> None:
    def inner() -> None:
        yield 1
    inner()
gen()
