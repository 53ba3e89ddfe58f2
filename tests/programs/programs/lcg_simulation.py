# A deterministic pseudo-random walk driven by a linear congruential generator.

state = 12345


def next_rand() -> int:
    global state
    state = (1103515245 * state + 12345) % 2147483648
    return state


def uniform() -> float:
    return next_rand() / 2147483648


def main() -> None:
    buckets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    for _ in range(10000):
        k = next_rand() % 10
        buckets[k] = buckets[k] + 1
    print(buckets)
    position = 0
    farthest = 0
    returns = 0
    for step in range(1, 5001):
        if uniform() < 0.5:
            position -= 1
        else:
            position += 1
        if abs(position) > abs(farthest):
            farthest = position
        if position == 0:
            returns += 1
        if step % 500 == 0:
            print(f"step {step:>5}: position {position:>4}  farthest {farthest:>4}  returns {returns}")
    inside = 0
    n = 20000
    for _ in range(n):
        x = uniform()
        y = uniform()
        if x * x + y * y <= 1.0:
            inside += 1
    print(f"pi estimate: {4 * inside / n:.4f} ({inside} of {n})")
    print("final state:", state)


main()
