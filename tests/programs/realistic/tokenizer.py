"""A tokenizer for a small expression language, producing token objects,
and a recursive-descent evaluator over them."""


class Token:
    def __init__(self, kind: str, text: str, line: int, col: int):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.text!r}, {self.line}:{self.col})"

    def __eq__(self, other: "Token") -> bool:
        return self.kind == other.kind and self.text == other.text

    def is_op(self, ops: str) -> bool:
        return self.kind == "op" and self.text in ops


class LexError(Exception):
    def __init__(self, line: int, col: int, ch: str):
        super().__init__(f"unexpected {ch!r} at {line}:{col}")
        self.line = line
        self.col = col


KEYWORDS = ["let", "print", "if", "else"]


class Lexer:
    def __init__(self, source: str):
        self.source = source
        self.pos = 0
        self.line = 1
        self.col = 1
        self.tokens: list[Token] = []

    def peek(self) -> str:
        if self.pos < len(self.source):
            return self.source[self.pos]
        return ""

    def advance(self) -> str:
        ch = self.source[self.pos]
        self.pos += 1
        if ch == "\n":
            self.line += 1
            self.col = 1
        else:
            self.col += 1
        return ch

    def emit(self, kind: str, text: str, line: int, col: int) -> None:
        self.tokens.append(Token(kind, text, line, col))

    def number(self) -> None:
        line, col = self.line, self.col
        text = ""
        while self.peek().isdigit() or (self.peek() == "." and "." not in text):
            text += self.advance()
        self.emit("float" if "." in text else "int", text, line, col)

    def word(self) -> None:
        line, col = self.line, self.col
        text = ""
        while self.peek().isalnum() or self.peek() == "_":
            text += self.advance()
        self.emit("kw" if text in KEYWORDS else "name", text, line, col)

    def string(self) -> None:
        line, col = self.line, self.col
        self.advance()
        text = ""
        while self.peek() != '"':
            if self.peek() == "":
                raise LexError(line, col, "unterminated string")
            text += self.advance()
        self.advance()
        self.emit("str", text, line, col)

    def run(self) -> list[Token]:
        while self.pos < len(self.source):
            ch = self.peek()
            if ch == "#":
                while self.peek() not in ("\n", ""):
                    self.advance()
            elif ch.isspace():
                if ch == "\n":
                    self.emit("newline", "\\n", self.line, self.col)
                self.advance()
            elif ch.isdigit():
                self.number()
            elif ch.isalpha() or ch == "_":
                self.word()
            elif ch == '"':
                self.string()
            elif ch in "+-*/()=<>%":
                line, col = self.line, self.col
                text = self.advance()
                if text in "<>=" and self.peek() == "=":
                    text += self.advance()
                self.emit("op", text, line, col)
            else:
                raise LexError(self.line, self.col, ch)
        self.emit("eof", "", self.line, self.col)
        return self.tokens


class Evaluator:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.i = 0
        self.env: dict[str, float] = {}
        self.output: list[str] = []

    def cur(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, kind: str, text: str) -> Token:
        t = self.take()
        if t.kind != kind or (text != "" and t.text != text):
            raise SyntaxError_(t, f"expected {kind} {text!r}")
        return t

    def atom(self) -> float:
        t = self.take()
        if t.kind == "int" or t.kind == "float":
            return float(t.text)
        if t.kind == "name":
            if t.text not in self.env:
                raise SyntaxError_(t, f"undefined {t.text}")
            return self.env[t.text]
        if t.is_op("("):
            v = self.expr()
            self.expect("op", ")")
            return v
        if t.is_op("-"):
            return -self.atom()
        raise SyntaxError_(t, "bad atom")

    def term(self) -> float:
        v = self.atom()
        while self.cur().is_op("*/%"):
            op = self.take().text
            rhs = self.atom()
            if op == "*":
                v = v * rhs
            elif op == "/":
                v = v / rhs
            else:
                v = v % rhs
        return v

    def arith(self) -> float:
        v = self.term()
        while self.cur().is_op("+-"):
            op = self.take().text
            rhs = self.term()
            v = v + rhs if op == "+" else v - rhs
        return v

    def expr(self) -> float:
        v = self.arith()
        if self.cur().kind == "op" and self.cur().text in ("<", ">", "<=", ">=", "=="):
            op = self.take().text
            rhs = self.arith()
            ok = (op == "<" and v < rhs) or (op == ">" and v > rhs) or (op == "<=" and v <= rhs)
            ok = ok or (op == ">=" and v >= rhs) or (op == "==" and v == rhs)
            return 1.0 if ok else 0.0
        return v

    def statement(self) -> None:
        t = self.cur()
        if t.kind == "kw" and t.text == "let":
            self.take()
            name = self.expect("name", "").text
            self.expect("op", "=")
            self.env[name] = self.expr()
        elif t.kind == "kw" and t.text == "print":
            self.take()
            if self.cur().kind == "str":
                self.output.append(self.take().text)
            else:
                self.output.append(str(self.expr()))
        else:
            self.output.append(f"= {self.expr()}")
        if self.cur().kind != "eof":
            self.expect("newline", "")

    def run(self) -> list[str]:
        while self.cur().kind != "eof":
            if self.cur().kind == "newline":
                self.take()
                continue
            self.statement()
        return self.output


class SyntaxError_(Exception):
    def __init__(self, token: Token, msg: str):
        super().__init__(f"{token.line}:{token.col}: {msg} near {token.text!r}")
        self.token = token


PROGRAM = """let x = 4
let y = x * 2.5 + 1  # comment
print "hello"
print (x + y) / 2
x - y * 3 % 4
print x < y
let z = -(x - 10)
z >= 6
"""

toks = Lexer(PROGRAM).run()
print(len(toks), "tokens")
for t in toks[:12]:
    print(t)
kinds: dict[str, int] = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.keys()), kinds["op"])
print(Token("op", "+", 1, 1) == Token("op", "+", 9, 9), toks[0] == toks[1])
print(Token("name", "x", 0, 0) in toks, toks.count(Token("name", "x", 0, 0)))
ev = Evaluator(toks)
for line in ev.run():
    print(line)
print(sorted(ev.env.keys()), ev.env["z"])

for bad in ["let a = 3 $ 4", "print \"oops", "let = 4", "print q"]:
    try:
        Evaluator(Lexer(bad).run()).run()
    except LexError as e:
        print("lex error:", e, e.line, e.col)
    except SyntaxError_ as e:
        print("syntax error:", e, "token", e.token)
