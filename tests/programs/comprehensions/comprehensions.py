# List and dict comprehensions, nested clauses and filters, their own
# scope, and generator expressions consumed by sum/min/max/sorted/join.

x = "outer"
squares = [x * x for x in range(6)]
print(squares, x)
evens = [n for n in squares if n % 2 == 0 if n > 0]
print(evens)
pairs = [f"{a}{b}" for a in "ab" for b in range(3) if b != 1]
print(pairs)
words = "The quick brown fox jumps over the lazy dog".split()
lengths = {w.lower(): len(w) for w in words}
print(lengths)
caps = [w.upper() for w in words if w[0].isupper()]
print(caps)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row if v % 2 == 1]
print(flat)
print(sum(n * n for n in range(10)), max(len(w) for w in words), min(w for w in words))
print(sorted(w.lower() for w in words), "-".join(str(n) for n in range(5)))
inverted = {n: str(n) for n in range(3)}
print(inverted)
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts, [k for k in counts if counts[k] > 1])
nested_total = sum(sum(row) for row in matrix)
print(nested_total, len([1 for _ in range(7)]), [[] for _ in range(2)])
