# Caesar and Vigenere ciphers using str indexing over an alphabet (no ord/chr).

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def index_of(alphabet: str, ch: str) -> int:
    i = 0
    for c in alphabet:
        if c == ch:
            return i
        i += 1
    return -1


def shift_char(ch: str, k: int) -> str:
    i = index_of(LOWER, ch)
    if i >= 0:
        return LOWER[(i + k) % 26]
    i = index_of(UPPER, ch)
    if i >= 0:
        return UPPER[(i + k) % 26]
    return ch


def caesar(text: str, k: int) -> str:
    out = ""
    for ch in text:
        out += shift_char(ch, k)
    return out


def vigenere(text: str, key: str, direction: int) -> str:
    out = ""
    j = 0
    for ch in text:
        if ch in LOWER or ch in UPPER:
            k = index_of(LOWER, key[j % len(key)])
            out += shift_char(ch, direction * k)
            j += 1
        else:
            out += ch
    return out


def main() -> None:
    message = "The Quick Brown Fox Jumps Over The Lazy Dog, 42 times!"
    for k in [0, 1, 3, 13, 25, 26, -1, 52]:
        enc = caesar(message, k)
        dec = caesar(enc, -k)
        print(f"k={k:>3}: {enc}")
        assert dec == message, "round trip failed"
    print(caesar(caesar("Hello, World", 13), 13))
    secret = vigenere(message, "lemon", 1)
    print("vigenere:", secret)
    print("decoded: ", vigenere(secret, "lemon", -1))
    counts = ""
    for ch in LOWER:
        n = 0
        for c in message:
            if c == ch or c == UPPER[index_of(LOWER, ch)]:
                n += 1
        counts += f"{ch}{n} "
    print(counts)


main()
