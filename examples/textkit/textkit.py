"""Small text utilities: slugs, tokens, word counts, truncation, wrapping.

Words are maximal runs of letters and digits (any script); an apostrophe
between two of them stays inside the word, as in "don't".
"""

from typing import Optional

_SMALL_WORDS = ["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"]


def tokenize(text: str) -> list[str]:
    """The words of text, in order, as written."""
    words: list[str] = []
    current = ""
    n = len(text)
    for i in range(n):
        ch = text[i]
        if ch.isalnum():
            current += ch
        elif ch == "'" and current != "" and i + 1 < n and text[i + 1].isalnum():
            current += ch
        elif current != "":
            words.append(current)
            current = ""
    if current != "":
        words.append(current)
    return words


def slugify(text: str, sep: str = "-") -> str:
    """A lowercase slug: the words of text joined by sep, apostrophes dropped.

    slugify("Hello, World!") == "hello-world"
    """
    return sep.join([w.replace("'", "") for w in tokenize(text.lower())])


def word_frequencies(text: str) -> dict[str, int]:
    """How often each word occurs, ignoring case, in order of first use."""
    counts: dict[str, int] = {}
    for word in tokenize(text.lower()):
        counts[word] = counts.get(word, 0) + 1
    return counts


def most_common(text: str, n: int) -> list[str]:
    """The n most frequent words (ignoring case), most frequent first;
    ties keep the order of first use."""
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    counts = word_frequencies(text)
    words = [w for w in counts]
    result: list[str] = []
    while len(result) < n and len(words) > 0:
        best = 0
        for i in range(1, len(words)):
            if counts[words[i]] > counts[words[best]]:
                best = i
        result.append(words.pop(best))
    return result


def title_case(text: str) -> str:
    """Each word capitalised, except short joining words ("of", "the", ...)
    that are neither first nor last. Spacing is normalised to one space."""
    words = text.split()
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        if 0 < i < len(words) - 1 and lower in _SMALL_WORDS:
            out.append(lower)
        else:
            out.append(lower[:1].upper() + lower[1:])
    return " ".join(out)


def count_vowels(text: str) -> int:
    """The number of vowels a, e, i, o, u in text, in either case."""
    return sum([1 for ch in text.lower() if ch in "aeiou"])


def truncate(text: str, width: int, ellipsis: str = "…") -> str:
    """text cut to at most width characters, ending with ellipsis if cut.

    Raises ValueError when width < 1.
    """
    if width < 1:
        raise ValueError(f"width must be at least 1, got {width}")
    if len(text) <= width:
        return text
    if len(ellipsis) >= width:
        return ellipsis[:width]
    return text[: width - len(ellipsis)].rstrip() + ellipsis


def wrap(text: str, width: int) -> list[str]:
    """The words of text (split on whitespace) packed greedily into lines of
    at most width characters; a longer word gets a line of its own.

    Raises ValueError when width < 1.
    """
    if width < 1:
        raise ValueError(f"width must be at least 1, got {width}")
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line == "":
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + " " + word
        else:
            lines.append(line)
            line = word
    if line != "":
        lines.append(line)
    return lines


def is_palindrome(text: str) -> bool:
    """Whether the letters and digits of text read the same both ways,
    ignoring case."""
    chars = [ch for ch in text.lower() if ch.isalnum()]
    return chars == chars[::-1]


def initials(name: str) -> str:
    """The upper-cased first letter of each part of a name, e.g. "A. L."
    -> "AL" and "ada lovelace" -> "AL"."""
    return "".join([w[0].upper() for w in tokenize(name)])


def find_word(text: str, word: str, start: int = 0) -> Optional[int]:
    """The index (in words) of the first occurrence of word at or after
    word index start, ignoring case; None when it does not occur."""
    target = word.lower()
    for i, w in enumerate(tokenize(text)):
        if i >= start and w.lower() == target:
            return i
    return None


def longest_word(text: str, at_least: Optional[int] = None) -> Optional[str]:
    """The longest word (the first of equals), or None when there is none
    or it is shorter than at_least."""
    best: Optional[str] = None
    for w in tokenize(text):
        if best is None or len(w) > len(best):
            best = w
    if best is not None and at_least is not None and len(best) < at_least:
        return None
    return best


def reading_minutes(text: str, words_per_minute: int = 200) -> int:
    """Minutes needed to read text, rounded up (0 for no words).

    Raises ValueError when words_per_minute < 1.
    """
    if words_per_minute < 1:
        raise ValueError(f"words_per_minute must be at least 1, got {words_per_minute}")
    words = len(tokenize(text))
    return (words + words_per_minute - 1) // words_per_minute


# --- Classes ---------------------------------------------------------------


class Tokenizer:
    """Walks a text word by word (words as `tokenize` finds them), with an
    optional set of stop words skipped on the way."""

    def __init__(self, text: str, lowercase: bool = False) -> None:
        self.text = text
        self.lowercase = lowercase
        self._words = tokenize(text.lower() if lowercase else text)
        self._pos = 0
        self._stop: dict[str, bool] = {}

    def add_stop_word(self, word: str) -> None:
        """Skip word (compared after lowercasing, if enabled) from now on."""
        self._stop[word.lower() if self.lowercase else word] = True

    def next_token(self) -> Optional[str]:
        """The next word that is not a stop word, or None at the end."""
        while self._pos < len(self._words):
            w = self._words[self._pos]
            self._pos += 1
            if w not in self._stop:
                return w
        return None

    @property
    def position(self) -> int:
        """How many words have been read so far (stop words included)."""
        return self._pos

    def remaining(self) -> list[str]:
        """The words not read yet, stop words left out; reads them all."""
        out: list[str] = []
        tok = self.next_token()
        while tok is not None:
            out.append(tok)
            tok = self.next_token()
        return out

    def reset(self) -> None:
        self._pos = 0

    def __repr__(self) -> str:
        return f"Tokenizer(position={self._pos}, words={len(self._words)})"


def checksum(data: bytes) -> int:
    """The Adler-32 checksum of data (the value zlib.adler32 gives)."""
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def to_utf8(text: str) -> bytes:
    """text encoded as UTF-8."""
    return text.encode("utf-8")


def from_utf8(data: bytes) -> str:
    """data decoded as UTF-8; invalid input raises UnicodeDecodeError."""
    return data.decode("utf-8")
