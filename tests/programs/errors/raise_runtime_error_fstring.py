# raise RuntimeError with an f-string message from inside a loop.


def process(n: int) -> int:
    return n * n


for i in range(1, 10):
    r = process(i)
    print(i, r)
    if r > 30:
        raise RuntimeError(f"result {r} exceeded limit at step {i}")
