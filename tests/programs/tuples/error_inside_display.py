# An exception while a tuple is being built releases the half-built tuple.


def label(n: int) -> str:
    if n > 2:
        raise ValueError(f"too big: {n}")
    return "#" * n


rows: list[tuple[str, int, str]] = []
for n in range(5):
    try:
        rows.append((str(n), n, label(n)))
    except ValueError as e:
        print("skipped", e)
print(rows)
print((label(1), [label(2)], label(3)))
