"""Runs the calls in a cases file under CPython and prints the results as
JSON: the oracle the npm tests compare the compiled package against.

    python3 oracle.py path/to/module.py cases.json

JSON has no bytes, so a bytes value travels as {"$bytes": [int, ...]}
both ways (the JS side, harness.js, maps it to and from a Buffer).
"""

import importlib.util
import json
import sys


def from_json(v):
    """A cases-file value as Python: {"$bytes": [...]} becomes bytes."""
    if isinstance(v, dict):
        if list(v) == ["$bytes"]:
            return bytes(v["$bytes"])
        return {k: from_json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [from_json(x) for x in v]
    return v


def to_json(v):
    """A Python result as JSON: bytes become {"$bytes": [...]}."""
    if isinstance(v, bytes):
        return {"$bytes": list(v)}
    if isinstance(v, dict):
        return {k: to_json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_json(x) for x in v]
    return v


def main() -> None:
    module_path, cases_path = sys.argv[1], sys.argv[2]
    spec = importlib.util.spec_from_file_location("lib", module_path)
    lib = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lib)
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)
    out = []
    for name, args in cases:
        try:
            out.append({"value": to_json(getattr(lib, name)(*from_json(args)))})
        except Exception as e:  # the test compares type and message
            out.append({"error": type(e).__name__, "message": str(e)})
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
