from typing import Iterator


def tokens(src: str) -> Iterator[str]:
    i = 0
    while i < len(src):
        c = src[i]
        if c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield src[i:j]
            i = j
        elif c in "+-*/()":
            yield c
            i += 1
        elif c == " ":
            i += 1
        else:
            raise ValueError("unexpected character " + repr(c))
    yield "$"


class Parser:
    def __init__(self, src: str) -> None:
        self.toks = tokens(src)
        self.cur = next(self.toks)

    def advance(self) -> None:
        self.cur = next(self.toks, "$")

    def expr(self) -> int:
        v = self.term()
        while self.cur == "+" or self.cur == "-":
            op = self.cur
            self.advance()
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self) -> int:
        v = self.atom()
        while self.cur == "*" or self.cur == "/":
            op = self.cur
            self.advance()
            r = self.atom()
            v = v * r if op == "*" else v // r
        return v

    def atom(self) -> int:
        if self.cur == "(":
            self.advance()
            v = self.expr()
            self.advance()
            return v
        v = int(self.cur)
        self.advance()
        return v


for text in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5"]:
    print(text, "=", Parser(text).expr())
print(list(tokens("12+3")))
try:
    Parser("1 + x").expr()
except ValueError as e:
    print("error:", e)
