# A realistic use of sets: graph reachability, dedup, and set algebra.
class Graph:
    def __init__(self) -> None:
        self.edges: dict[int, set[int]] = {}

    def add(self, a: int, b: int) -> None:
        if a not in self.edges:
            self.edges[a] = set()
        if b not in self.edges:
            self.edges[b] = set()
        self.edges[a].add(b)

    def reachable(self, start: int) -> set[int]:
        seen: set[int] = {start}
        todo = [start]
        while todo:
            node = todo.pop()
            for nxt in self.edges.get(node, set()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen


g = Graph()
for a, b in [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (2, 7), (9, 9), (7, 11)]:
    g.add(a, b)
print(g.reachable(1))
print(g.reachable(4))
print(g.reachable(9), g.reachable(11))
print(g.edges)
nodes = set(g.edges)
print(nodes - g.reachable(1), nodes ^ g.reachable(4))
components: list[set[int]] = []
left = set(nodes)
while left:
    root = min(left)
    comp = g.reachable(root)
    components.append(comp)
    left -= comp
print(components)

text = "the cat and the hat and the bat sat on the mat"
words = text.split()
unique = set(words)
print(len(words), len(unique), sorted(unique))
seen_twice = {w for w in words if words.count(w) > 1}
print(sorted(seen_twice))
first_seen: list[str] = []
dedup: set[str] = set()
for w in words:
    if w not in dedup:
        dedup.add(w)
        first_seen.append(w)
print(first_seen)
lengths = {len(w) for w in words}
print(lengths, {n: sorted(w for w in unique if len(w) == n) for n in sorted(lengths)})
