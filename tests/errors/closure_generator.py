# error: 4:9: unsupported syntax: generators (yield)
def gen() -> None:
    def inner() -> None:
        yield 1
    inner()
gen()
