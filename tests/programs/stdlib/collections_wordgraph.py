# Word frequencies and a breadth-first search over a word graph, with
# defaultdict adjacency lists and Counter.most_common.
from collections import Counter, defaultdict

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks at the fox and the fox runs
a lazy afternoon for the brown dog"""


def tokenize(text: str) -> list[str]:
    return [w for w in text.replace("\n", " ").split(" ") if w]


def bigram_graph(words: list[str]) -> defaultdict[str, list[str]]:
    graph: defaultdict[str, list[str]] = defaultdict(list)
    for a, b in zip(words, words[1:]):
        if b not in graph[a]:
            graph[a].append(b)
    return graph


def bfs(graph: dict[str, list[str]], start: str) -> dict[str, int]:
    dist: dict[str, int] = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph.get(node, []):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


words = tokenize(TEXT)
freq = Counter(words)
print(len(words), "words,", len(freq), "distinct")
for word, n in freq.most_common(4):
    print(f"{word:>8} {n:2d} {'#' * n}")
lengths = Counter(len(w) for w in words)
print("by length:", sorted(lengths.items()))
print("total:", lengths.total(), freq.total())
first_letter: defaultdict[str, set[str]] = defaultdict(set)
for w in words:
    first_letter[w[0]].add(w)
for letter in sorted(first_letter):
    print(letter, sorted(first_letter[letter]))
graph = bigram_graph(words)
print("edges from 'the':", graph["the"])
dist = bfs(graph, "quick")
by_depth: defaultdict[int, list[str]] = defaultdict(list)
for w, d in dist.items():
    by_depth[d].append(w)
for d in sorted(by_depth):
    print(d, sorted(by_depth[d]))
print("unreachable:", sorted(w for w in freq if w not in dist))
rare = freq - Counter({w: 1 for w in freq})
print("repeated:", rare)
print(graph["nowhere"], "nowhere" in graph)
