"""Runs the calls in a cases file under CPython and prints the results as
JSON: the oracle the npm tests compare the compiled package against.

    python3 oracle.py path/to/module.py cases.json
"""

import importlib.util
import json
import sys


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
            out.append({"value": getattr(lib, name)(*args)})
        except Exception as e:  # the test compares type and message
            out.append({"error": type(e).__name__, "message": str(e)})
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
