# Sieve of Eratosthenes with while loops, then prime statistics.


def sieve(limit: int) -> list[bool]:
    flags: list[bool] = []
    i = 0
    while i <= limit:
        flags.append(i >= 2)
        i += 1
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    return flags


def main() -> None:
    limit = 10000
    flags = sieve(limit)
    count = 0
    total = 0
    largest = 0
    twin_pairs = 0
    max_gap = 0
    prev = 0
    line = ""
    for n in range(limit + 1):
        if not flags[n]:
            continue
        count += 1
        total += n
        largest = n
        if prev != 0:
            if n - prev == 2:
                twin_pairs += 1
            if n - prev > max_gap:
                max_gap = n - prev
        prev = n
        if n < 200:
            line += f"{n:>4}"
            if len(line) >= 60:
                print(line)
                line = ""
    if line != "":
        print(line)
    print(f"primes up to {limit}: {count}")
    print(f"sum: {total:,}  largest: {largest}  twin pairs: {twin_pairs}  max gap: {max_gap}")
    for bound in [10, 100, 1000, 10000]:
        c = 0
        for n in range(bound + 1):
            if flags[n]:
                c += 1
        print(f"pi({bound:>5}) = {c:>5}   density = {c / bound:.4f}")


main()
