# error: 5:5: return type of exported function 'tally' has type Counter[str], which cannot cross the library boundary
from collections import Counter


def tally(words: list[str]) -> Counter[str]:
    return Counter(words)
