# An uncaught KeyError from set.remove with a str key.
def drop(words: set[str], w: str) -> None:
    words.remove(w)

ws = {"it's", "b"}
drop(ws, "b")
drop(ws, "it's")
drop(ws, "it's")
