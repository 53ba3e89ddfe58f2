"""A stack-based virtual machine: instruction classes, an assembler with
labels, a disassembler and a few programs (factorial, fibonacci, gcd)."""


class VMError(Exception):
    pass


class StackUnderflow(VMError):
    def __init__(self, op: str, pc: int):
        super().__init__(f"stack underflow in {op} at pc={pc}")
        self.pc = pc


class Machine:
    def __init__(self, program: list["Instr"]):
        self.program = program
        self.stack: list[int] = []
        self.vars: dict[str, int] = {}
        self.pc = 0
        self.steps = 0
        self.out: list[str] = []
        self.halted = False

    def push(self, v: int) -> None:
        self.stack.append(v)

    def pop(self, op: str) -> int:
        if not self.stack:
            raise StackUnderflow(op, self.pc)
        return self.stack.pop()

    def run(self, limit: int = 100000) -> int:
        while not self.halted and self.pc < len(self.program):
            instr = self.program[self.pc]
            self.pc += 1
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit} exceeded")
            instr.execute(self)
        return self.steps


class Instr:
    def name(self) -> str:
        return "nop"

    def execute(self, m: Machine) -> None:
        pass

    def __repr__(self) -> str:
        return self.name()


class Push(Instr):
    def __init__(self, value: int):
        self.value = value

    def name(self) -> str:
        return "push"

    def execute(self, m: Machine) -> None:
        m.push(self.value)

    def __repr__(self) -> str:
        return f"push {self.value}"


class BinOp(Instr):
    def __init__(self, op: str):
        self.op = op

    def name(self) -> str:
        return self.op

    def apply(self, a: int, b: int) -> int:
        if self.op == "add":
            return a + b
        if self.op == "sub":
            return a - b
        if self.op == "mul":
            return a * b
        if self.op == "mod":
            return a % b
        if self.op == "lt":
            return 1 if a < b else 0
        if self.op == "eq":
            return 1 if a == b else 0
        raise VMError("bad op " + self.op)

    def execute(self, m: Machine) -> None:
        b = m.pop(self.op)
        a = m.pop(self.op)
        m.push(self.apply(a, b))


class Load(Instr):
    def __init__(self, var: str):
        self.var = var

    def name(self) -> str:
        return "load"

    def execute(self, m: Machine) -> None:
        if self.var not in m.vars:
            raise VMError(f"unknown variable {self.var}")
        m.push(m.vars[self.var])

    def __repr__(self) -> str:
        return "load " + self.var


class Store(Load):
    def name(self) -> str:
        return "store"

    def execute(self, m: Machine) -> None:
        m.vars[self.var] = m.pop("store")

    def __repr__(self) -> str:
        return "store " + self.var


class Jump(Instr):
    def __init__(self, label: str):
        self.label = label
        self.target = -1

    def name(self) -> str:
        return "jmp"

    def execute(self, m: Machine) -> None:
        m.pc = self.target

    def __repr__(self) -> str:
        return f"{self.name()} {self.label}(@{self.target})"


class JumpIfZero(Jump):
    def name(self) -> str:
        return "jz"

    def execute(self, m: Machine) -> None:
        if m.pop("jz") == 0:
            m.pc = self.target


class Print(Instr):
    def name(self) -> str:
        return "print"

    def execute(self, m: Machine) -> None:
        m.out.append(str(m.pop("print")))


class Halt(Instr):
    def name(self) -> str:
        return "halt"

    def execute(self, m: Machine) -> None:
        m.halted = True


def assemble(text: str) -> list[Instr]:
    prog: list[Instr] = []
    labels: dict[str, int] = {}
    jumps: list[Jump] = []
    for raw in text.strip().split("\n"):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        parts = line.split()
        op = parts[0]
        if op == "push":
            prog.append(Push(int(parts[1])))
        elif op in ("add", "sub", "mul", "mod", "lt", "eq"):
            prog.append(BinOp(op))
        elif op == "load":
            prog.append(Load(parts[1]))
        elif op == "store":
            prog.append(Store(parts[1]))
        elif op == "jmp" or op == "jz":
            j = Jump(parts[1]) if op == "jmp" else JumpIfZero(parts[1])
            jumps.append(j)
            prog.append(j)
        elif op == "print":
            prog.append(Print())
        elif op == "halt":
            prog.append(Halt())
        else:
            raise VMError(f"unknown instruction {op!r}")
    for j in jumps:
        if j.label not in labels:
            raise VMError("undefined label " + j.label)
        j.target = labels[j.label]
    return prog


FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

FIB = """
    push 0
    store a
    push 1
    store b
    push 0
    store i
next:
    load i
    push 15
    lt
    jz end
    load a
    print
    load a
    load b
    add
    load b
    store a
    store b
    load i
    push 1
    add
    store i
    jmp next
end:
"""

GCD = """
    push 1071
    store a
    push 462
    store b
top:
    load b
    jz out
    load a
    load b
    mod
    load b
    store a
    store b
    jmp top
out:
    load a
    print
"""

programs = {"fact": FACT, "fib": FIB, "gcd": GCD}
for name, src in programs.items():
    prog = assemble(src)
    m = Machine(prog)
    steps = m.run()
    print(f"{name}: {len(prog)} instructions, {steps} steps -> {' '.join(m.out)}")

print(assemble(GCD)[:8])
counts: dict[str, int] = {}
for ins in assemble(FIB):
    counts[ins.name()] = counts.get(ins.name(), 0) + 1
for k in sorted(counts.keys()):
    print(f"  {k:6} {counts[k]}")

for bad in ["push 1\nadd", "load q", "jmp nowhere", "frob 3", "l:\njmp l"]:
    try:
        Machine(assemble(bad)).run(limit=50)
        print("ok?")
    except StackUnderflow as e:
        print("underflow:", e, "pc", e.pc)
    except VMError as e:
        print("vm error:", e)
