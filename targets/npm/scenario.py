"""Runs a scenario (a JSON list of steps over a module's classes and
functions) under CPython and prints what each `expect` step produced: the
oracle for the class tests of every target. Steps:

    ["let", name, expr]        bind the value of expr to name
    ["expect", expr]           record the value of expr (or its exception)
    ["set", name, attr, value] assign an attribute
    expr: ["new", Class, [args]] | ["call", name, method, [args]]
        | ["get", name, attr] | ["fn", function, [args]]
        | ["static", Class, method, [args]] | ["str", name] | ["repr", name]
    args: JSON values; ["ref", name] for a bound object (also in lists)

    python3 scenario.py path/to/module.py scenario.json
"""

import importlib.util
import json
import sys


def main() -> None:
    spec = importlib.util.spec_from_file_location("lib", sys.argv[1])
    lib = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lib)
    with open(sys.argv[2], encoding="utf-8") as f:
        steps = json.load(f)
    env = {}

    def arg(v):
        if isinstance(v, list) and len(v) == 2 and v[0] == "ref":
            return env[v[1]]
        if isinstance(v, list):
            return [arg(x) for x in v]
        return v

    def evaluate(e):
        op = e[0]
        if op == "new":
            return getattr(lib, e[1])(*arg(e[2]))
        if op == "call":
            return getattr(env[e[1]], e[2])(*arg(e[3]))
        if op == "get":
            return getattr(env[e[1]], e[2])
        if op == "fn":
            return getattr(lib, e[1])(*arg(e[2]))
        if op == "static":
            return getattr(getattr(lib, e[1]), e[2])(*arg(e[3]))
        if op == "str":
            return str(env[e[1]])
        if op == "repr":
            return repr(env[e[1]])
        raise ValueError(f"unknown expression {op}")

    def plain(v):
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if v is None or isinstance(v, (bool, int, float, str)):
            return v
        return {"object": repr(v)}

    out = []
    for step in steps:
        if step[0] == "let":
            env[step[1]] = evaluate(step[2])
        elif step[0] == "set":
            setattr(env[step[1]], step[2], arg(step[3]))
        elif step[0] == "expect":
            try:
                out.append({"value": plain(evaluate(step[1]))})
            except Exception as e:
                out.append({"error": type(e).__name__, "message": str(e)})
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
