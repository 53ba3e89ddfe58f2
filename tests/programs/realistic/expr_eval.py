# Arithmetic expression evaluator: tokenizer, shunting-yard to RPN, RPN evaluation,
# with error handling for malformed input.

OPERATORS = "+-*/^%"


def precedence(op: str) -> int:
    if op == "+" or op == "-":
        return 1
    if op == "*" or op == "/" or op == "%":
        return 2
    if op == "^":
        return 3
    raise ValueError(f"unknown operator {op!r}")


def tokenize(src: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(src[start:i])
            continue
        if ch in OPERATORS or ch in "()":
            tokens.append(ch)
            i += 1
            continue
        raise ValueError(f"unexpected character {ch!r} at position {i}")
    return tokens


def to_rpn(tokens: list[str]) -> list[str]:
    output: list[str] = []
    stack: list[str] = []
    for tok in tokens:
        if tok[0].isdigit() or tok[0] == ".":
            output.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while len(stack) > 0 and stack[-1] != "(":
                output.append(stack.pop())
            if len(stack) == 0:
                raise ValueError("unbalanced ')'")
            stack.pop()
        else:
            while len(stack) > 0 and stack[-1] != "(":
                top = stack[-1]
                if precedence(top) > precedence(tok) or (precedence(top) == precedence(tok) and tok != "^"):
                    output.append(stack.pop())
                else:
                    break
            stack.append(tok)
    while len(stack) > 0:
        op = stack.pop()
        if op == "(":
            raise ValueError("unbalanced '('")
        output.append(op)
    return output


def apply(op: str, a: float, b: float) -> float:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "%":
        return a % b
    return a ** b


def eval_rpn(rpn: list[str]) -> float:
    values: list[float] = []
    for tok in rpn:
        if tok in OPERATORS:
            if len(values) < 2:
                raise ValueError(f"operator {tok} needs two operands")
            b = values.pop()
            a = values.pop()
            values.append(apply(tok, a, b))
        else:
            values.append(float(tok))
    if len(values) != 1:
        raise ValueError(f"malformed expression ({len(values)} values left)")
    return values[0]


def evaluate(src: str) -> str:
    try:
        tokens = tokenize(src)
        rpn = to_rpn(tokens)
        value = eval_rpn(rpn)
    except ZeroDivisionError as e:
        return f"error: division by zero ({e})"
    except ValueError as e:
        return f"error: {e}"
    else:
        if value == int(value) and abs(value) < 1e15:
            return f"{int(value)}  [rpn: {' '.join(rpn)}]"
        return f"{value:.6g}  [rpn: {' '.join(rpn)}]"


EXPRESSIONS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "10 / 4 - 0.5",
    "7 % 3 + 100 / (5 - 5)",
    "((4 + 4) * (2 - 7)) / 3",
    "3.5 * 2 + 1.25",
    "1 + + 2",
    "(1 + 2",
    "1 + 2)",
    "4 $ 4",
    "2 ^ 0.5",
    "1.2.3 + 1",
]

count_ok = 0
for n, expr in enumerate(EXPRESSIONS, start=1):
    result = evaluate(expr)
    if not result.startswith("error"):
        count_ok += 1
    print(f"{n:>2}. {expr:<28} => {result}")
print(f"{count_ok}/{len(EXPRESSIONS)} expressions evaluated")
