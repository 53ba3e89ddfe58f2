# A JSON-like formatter: tokenizes a compact JSON document held in a string,
# validates its structure with a bracket stack, and re-emits it pretty-printed
# or minified.  Errors carry line/column positions.

DOCS = [
    '{"name":"pyaot","version":[0,3,1],"tags":["compiler","python"],"stable":false}',
    '[1, 2.5, -3e2, "a \\"quoted\\" word", null, true, {"nested": {"deep": []}}]',
    '{"a": [1, 2}',
    '{"unterminated": "oops}',
    '{"x": 1,, "y": 2}',
    '[]',
    '{"k": @}',
    '{"n": 1.2.3}',
    '{"list": [-, 1]}',
    '{\n  "a": 1,\n  "b": #\n}',
    '{"a": [{"b": [1,\n 2]\n,"c": "x"''',
]

PUNCT = "{}[]:,"


def position(src: str, offset: int) -> str:
    line = src.count("\n", 0, offset) + 1
    col = offset - (src.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{col}"


def tokenize(src: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch in " \t\r\n":
            i += 1
        elif ch in PUNCT:
            tokens.append(ch)
            i += 1
        elif ch == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            if j >= n:
                raise ValueError(f"unterminated string starting at {position(src, i)}")
            tokens.append(src[i:j + 1])
            i = j + 1
        elif ch == "-" or ch.isdigit():
            j = i + 1
            while j < n and (src[j].isdigit() or src[j] in ".eE+-"):
                j += 1
            try:
                float(src[i:j])
            except ValueError:
                raise ValueError(f"bad number {src[i:j]!r} at {position(src, i)}")
            tokens.append(src[i:j])
            i = j
        elif src[i:i + 4] == "true" or src[i:i + 4] == "null":
            tokens.append(src[i:i + 4])
            i += 4
        elif src[i:i + 5] == "false":
            tokens.append("false")
            i += 5
        else:
            raise ValueError(f"unexpected {ch!r} at {position(src, i)}")
    return tokens


def validate(tokens: list[str]) -> int:
    stack: list[str] = []
    depth = 0
    prev = ""
    for tok in tokens:
        if tok == "{" or tok == "[":
            stack.append("}" if tok == "{" else "]")
            depth = max(depth, len(stack))
        elif tok == "}" or tok == "]":
            if len(stack) == 0 or stack.pop() != tok:
                raise ValueError(f"mismatched {tok!r}")
        elif tok == "," and (prev == "," or prev == "[" or prev == "{"):
            raise ValueError("unexpected ','")
        prev = tok
    if len(stack) > 0:
        stack.reverse()
        raise ValueError(f"missing {''.join(stack)!r} at end")
    return depth


def pretty(tokens: list[str], indent: int = 2) -> str:
    out = ""
    level = 0
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "{" or tok == "[":
            closing = "}" if tok == "{" else "]"
            if nxt == closing:
                out += tok
                continue
            level += 1
            out += tok + "\n" + " " * (indent * level)
        elif tok == "}" or tok == "]":
            prev = tokens[i - 1]
            if (prev == "{" and tok == "}") or (prev == "[" and tok == "]"):
                out += tok
                continue
            level -= 1
            out += "\n" + " " * (indent * level) + tok
        elif tok == ",":
            out += ",\n" + " " * (indent * level)
        elif tok == ":":
            out += ": "
        else:
            out += tok
    return out


for number, doc in enumerate(DOCS, 1):
    print(f"--- document {number} ({len(doc)} chars)")
    try:
        tokens = tokenize(doc)
        depth = validate(tokens)
    except ValueError as err:
        print(f"syntax error: {err}")
        continue
    strings = 0
    for tok in tokens:
        if tok.startswith('"'):
            strings += 1
    print(f"{len(tokens)} tokens, {strings} strings, depth {depth}")
    print("minified:", "".join(tokens))
    print(pretty(tokens, indent=4 if depth > 2 else 2))
print("--- done")
