# Codec toolkit: Vigenère cipher, run-length encoding, and a base-36 checksum,
# each with round-trip self-checks and rejection of malformed input.

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
checks_passed = 0
checks_failed = 0


def shift_char(ch: str, amount: int) -> str:
    if ch.isupper():
        return chr((ord(ch) - ord("A") + amount) % 26 + ord("A"))
    if ch.islower():
        return chr((ord(ch) - ord("a") + amount) % 26 + ord("a"))
    return ch


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    if key == "" or not key.isalpha():
        raise ValueError(f"key must be non-empty letters, got {key!r}")
    key = key.upper()
    out = ""
    k = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            amount = ALPHABET.find(key[k % len(key)])
            out += shift_char(ch, -amount if decrypt else amount)
            k += 1
        else:
            out += ch
    return out


def rle_encode(data: str) -> str:
    if data == "":
        return ""
    pieces: list[str] = []
    run_char = data[0]
    run_len = 1
    for ch in data[1:]:
        if ch == run_char and run_len < 99:
            run_len += 1
        else:
            pieces.append(f"{run_len}{run_char}")
            run_char, run_len = ch, 1
    pieces.append(f"{run_len}{run_char}")
    return "".join(pieces)


def rle_decode(code: str) -> str:
    out = ""
    digits = ""
    for i, ch in enumerate(code):
        if ch.isdigit():
            digits += ch
            continue
        if digits == "":
            raise ValueError(f"missing count before {ch!r} at offset {i}")
        out += ch * int(digits)
        digits = ""
    if digits != "":
        raise ValueError(f"dangling count {digits!r}")
    return out


def checksum(text: str, base: int = 36) -> str:
    total = 7
    for i, ch in enumerate(text):
        total = (total * 31 + ord(ch) * (i + 1)) % 1000000007
    symbols = "0123456789" + ALPHABET
    digits = ""
    while total > 0:
        digits = symbols[total % base] + digits
        total //= base
    return digits.rjust(7, "0")


def check(label: str, ok: bool) -> None:
    global checks_passed, checks_failed
    if ok:
        checks_passed += 1
    else:
        checks_failed += 1
    print(f"  [{'PASS' if ok else 'FAIL'}] {label}")


MESSAGES = ["Attack at dawn!", "The Quick Brown Fox, 1999.", "ÆTHER stays; xyz wraps", ""]
for msg in MESSAGES:
    enc = vigenere(msg, "Lemon")
    dec = vigenere(enc, "lemon", decrypt=True)
    print(f"{msg!r:30} -> {enc!r}")
    check(f"vigenere round trip of {len(msg)} chars", dec == msg)

SAMPLES = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aaaa" * 30, "  --  "]
for s in SAMPLES:
    enc = rle_encode(s)
    ratio = len(enc) / len(s)
    print(f"rle {s[:12]!r:>16}... len {len(s):3d} -> {enc[:24]:<24} ratio {ratio:5.1%}")
    check("rle round trip", rle_decode(enc) == s)

for bad in ["3a2", "x5y", "12"]:
    try:
        rle_decode(bad)
        check(f"rle rejects {bad!r}", False)
    except ValueError as err:
        print(f"  rejected {bad!r}: {err}")
        check(f"rle rejects {bad!r}", True)

try:
    vigenere("hello", "k3y")
except ValueError as err:
    print("  bad key:", err)

sums: list[str] = []
for word in "alpha beta gamma delta".split():
    sums.append(checksum(word))
print("checksums:", sums)
check("checksums distinct", sums.count(sums[0]) == 1 and sums[1] != sums[2])
check("checksum base 16 is hex", checksum("alpha", base=16).lstrip("0").isalnum())
print(f"{checks_passed} passed, {checks_failed} failed")
assert checks_failed == 0, f"{checks_failed} checks failed"
