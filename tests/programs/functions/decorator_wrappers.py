# The universal decorator pattern: def wrapper(*args, **kwargs) forwarding to
# the decorated function, typed from it; factories, memoization, stacking.
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, "with", args)
        result = func(*args, **kwargs)
        print("->", result)
        return result
    return wrapper


def count_calls(func):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"{func.__name__} call #{calls}")
        return func(*args, **kwargs)
    return wrapper


def retry(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            attempt = 0
            while True:
                attempt += 1
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
                    if attempt >= times:
                        raise
        return wrapper
    return decorator


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result
    return wrapper


def repeat(n: int):
    def decorator(func):
        def wrapper(*args, **kwargs):
            for _ in range(n - 1):
                func(*args, **kwargs)
            return func(*args, **kwargs)
        return wrapper
    return decorator


def typed(func):
    def wrapper(*args: int) -> int:
        print("sum of args", sum(args))
        return func(*args)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


@logged
def greet(name: str, punct: str) -> str:
    return "hello " + name + punct


@count_calls
def say(msg: str) -> None:
    print(msg)


failures = [2]


@retry(3)
def flaky(x: int) -> int:
    if failures[0] > 0:
        failures[0] -= 1
        raise ValueError(f"not yet ({failures[0]} left)")
    return x * 10


@memoize
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@repeat(n=2)
def hello(who: str) -> None:
    print("hi", who)


@logged
@count_calls
def mul(a: float, b: float) -> float:
    return a * b


@typed
def sub(a: int, b: int) -> int:
    return a - b


@logged
def nothing() -> None:
    print("nothing here")


print(add(2, 3))
print(greet("bob", "!"))
say("one")
say("two")
print(flaky(4))
print(fib(60))
hello("ann")
print(mul(1.5, 4.0))
print(sub(10, 3))
nothing()
print(add.__name__, say.__name__)


@memoize
def words(text: str, n: int) -> list[str]:
    print("splitting", repr(text))
    return text.split()[:n]


print(words("a b c d", 2))
print(words("a b c d", 2))
print(words("x y", 5))


def local_use() -> int:
    @retry(2)
    @count_calls
    def half(x: int) -> int:
        return x // 2
    return half(9) + half(4)


print(local_use())
