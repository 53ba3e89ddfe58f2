# IndexError from indexing past the end of a string.


def char_at(s: str, i: int) -> str:
    return s[i]


word = "hello"
for i in range(10):
    print(i, char_at(word, i))
