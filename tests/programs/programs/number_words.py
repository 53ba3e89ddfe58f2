# Spell out integers in English words.

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ["", " thousand", " million", " billion", " trillion", " quadrillion", " quintillion"]


def below_thousand(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        rest = "" if n % 10 == 0 else "-" + ONES[n % 10]
        return TENS[n // 10] + rest
    rest = "" if n % 100 == 0 else " and " + below_thousand(n % 100)
    return ONES[n // 100] + " hundred" + rest


def words(n: int) -> str:
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + words(-n)
    parts = ""
    scale = 0
    while n > 0:
        chunk = n % 1000
        if chunk != 0:
            piece = below_thousand(chunk) + SCALES[scale]
            parts = piece if parts == "" else piece + ", " + parts
        n //= 1000
        scale += 1
    return parts


def main() -> None:
    for n in [0, 7, 13, 20, 21, 99, 100, 101, 110, 999, 1000, 1001, 12345, 1000000, -42, 2024, 9223372036854775807]:
        print(f"{n:,}: {words(n)}")
    longest = ""
    for n in range(1, 1000):
        w = words(n)
        if len(w) > len(longest):
            longest = w
    print("longest below 1000:", longest, len(longest))


main()
