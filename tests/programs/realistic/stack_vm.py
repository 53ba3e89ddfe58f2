# A stack-based mini interpreter for a tiny language given as a program string.
# Supports integer arithmetic, comparison, labels/jumps, variables in slots, and printing.

PROGRAM = """
# compute factorials 1..10 and the sum of the first 20 squares
    push 1
    store 0        # n = 1
    push 1
    store 1        # acc = 1
loop:
    load 1
    load 0
    mul
    store 1        # acc = acc * n
    load 0
    load 1
    emit fact
    load 0
    push 1
    add
    dup
    store 0
    push 11
    lt
    jnz loop
    push 0
    store 2
    push 1
    store 0
squares:
    load 0
    dup
    mul
    load 2
    add
    store 2
    load 0
    push 1
    add
    dup
    store 0
    push 21
    lt
    jnz squares
    load 2
    print
    halt
"""

output: list[str] = []
steps = 0


def parse(src: str) -> list[list[str]]:
    code: list[list[str]] = []
    for raw in src.splitlines():
        line = raw
        hash_pos = line.find("#")
        if hash_pos >= 0:
            line = line[:hash_pos]
        line = line.strip()
        if line == "":
            continue
        code.append(line.split())
    return code


def find_label(code: list[list[str]], name: str) -> int:
    for i, ins in enumerate(code):
        if len(ins) == 1 and ins[0] == name + ":":
            return i
    raise KeyError(name)


def run(code: list[list[str]], limit: int = 10000) -> int:
    global steps
    stack: list[int] = []
    slots = [0] * 8
    pc = 0
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError(f"step limit {limit} exceeded at pc={pc}")
        ins = code[pc]
        op = ins[0]
        pc += 1
        if op.endswith(":"):
            continue
        if op == "push":
            stack.append(int(ins[1]))
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "store":
            slots[int(ins[1])] = stack.pop()
        elif op == "load":
            stack.append(slots[int(ins[1])])
        elif op == "add" or op == "mul" or op == "sub" or op == "lt":
            b = stack.pop()
            a = stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "sub":
                stack.append(a - b)
            else:
                stack.append(1 if a < b else 0)
        elif op == "jnz":
            if stack.pop() != 0:
                pc = find_label(code, ins[1])
        elif op == "emit":
            value = stack.pop()
            n = stack.pop()
            output.append(f"{ins[1]}({n}) = {value}")
        elif op == "print":
            output.append(str(stack.pop()))
        elif op == "halt":
            return len(stack)
        else:
            raise ValueError(f"unknown instruction {op!r} at line {pc}")
    return len(stack)


def execute(src: str, limit: int = 10000) -> None:
    global steps
    steps = 0
    output.clear()
    try:
        left = run(parse(src), limit)
        print(f"ok: {steps} steps, {left} values left on stack")
    except IndexError:
        print("error: stack underflow")
    except KeyError as e:
        print(f"error: undefined label {e}")
    except ValueError as e:
        print(f"error: ValueError: {e}")
    except (RuntimeError, ArithmeticError) as e:
        print(f"error: RuntimeError: {e}")
    finally:
        for line in output:
            print("   ", line)


execute(PROGRAM)
execute("push 1\npush 2\nadd\nadd\n")
execute("push 3\njnz nowhere\n")
execute("push 1\nfrobnicate\n")
execute("top:\npush 1\njnz top\n", limit=50)
execute("push x\n")
