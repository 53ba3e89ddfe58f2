# divmod by zero raises, releasing what the expression held.

results: list[tuple[int, int]] = []
for d in [3, 2, 1, 0]:
    results.append(divmod(10, d))
    print(results[-1], len(results))
