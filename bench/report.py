#!/usr/bin/env python3
"""Turn the hyperfine JSON exports written by bench/run into Markdown tables.

bench/run leaves everything one run produced in a results directory:

    env.tsv              key<TAB>value lines for the header (date, machine, tools, command)
    <bench>.json         hyperfine --export-json of one benchmark (absent if nothing was timed)
    <bench>.status       "ok" or "FAILED: <reason>" for the pyaot row
    <bench>.settings     the hyperfine options used, e.g. "-N --warmup 2 --min-runs 10"
    build_size.status    pyaot status of each build measurement ("ok" or "FAILED: ...")
    build_compile.status
    build_cached.status
    build_sizes.tsv      impl<TAB>unstripped bytes<TAB>stripped bytes
    build_compile.json   hyperfine: pyaot build --binary --force vs gcc vs rustc on fib
    build_cached.json    hyperfine: `pyaot hello.py` (cache hit) vs the built hello binary
    ffi.json             bench/ffi/bench.js output: ns/call of add and concat per implementation
    ffi.status           "ok" or "FAILED: <reason>" for the pyaot addon
    ffi.skipped          why the ffi benchmark did not run (no node, no headers), if so

Usage: report.py RESULTS_DIR OUTPUT.md BENCH [BENCH ...]

Writes OUTPUT.md and prints the same Markdown to stdout. Standard library only.
"""

from __future__ import annotations

import json
import os
import sys

# hyperfine command names (-n) used by bench/run, in table order, with labels.
IMPLS = [
    ("pyaot", "pyaot"),
    ("cpython", "CPython"),
    ("pypy", "PyPy"),
    ("c", "C (gcc -O2)"),
    ("rust", "Rust (rustc -C opt-level=3)"),
]

DESCRIPTIONS = {
    "hello": "Startup: a program that prints one line. Interpreters run the "
    "`.py` file (with `-S`, see the header); pyaot, C and Rust run their "
    "executables.",
    "fib": "Call overhead: naive recursive `fib(35)` (about 30 million calls).",
    "tail_loop": "Self-recursive tail calls: `sum_to(900, acc)` called 10,000 "
    "times (9 million calls, 900 frames deep, under CPython's 1000-frame limit).",
    "int_loop": "Integer arithmetic: `total += i * i % 7 + i % 3` over "
    "`range(10**8)`, all within 64-bit ints.",
    "mandelbrot": "Float kernel: points of a 600x400 grid inside the "
    "Mandelbrot set after 200 iterations.",
    "strings": "String building and scanning: a 2.8 MB text of 500,000 "
    "LCG-picked words is joined, split, prefix/suffix-tested, upper-cased, "
    "passed through `replace`/`count`/`find`, capitalized word by word and "
    "joined again; 200,000 f-string rows are joined into one string; sampled "
    "`ord(s[i])` checksums.",
    "dicts": "Dicts and lists: word count of a 3.5 MB generated text in a "
    "`dict[str, int]` (`d.get(w, 0) + 1`) and first positions (`if w not in "
    "d`), top 10 by `sorted()`; 10 million scattered lookups in a "
    "`dict[int, int]` of 100,000 keys; `append`, `index`, `sum` and a "
    "filtering comprehension over a `list[int]` of a million items.",
    "classes": "Objects and method calls: 1,000 bodies of three classes "
    "(dynamic dispatch of an overridden `force()` through a `list[Body]`) "
    "stepped 1,000 times; every step allocates short-lived `Vec` objects and "
    "reads and writes fields. The C and Rust peers use value structs and a "
    "function pointer / trait object.",
}


def fmt_time(seconds: float) -> str:
    """Three significant figures in a unit that suits the value."""
    if seconds >= 1.0:
        value, unit = seconds, "s"
    elif seconds >= 1e-3:
        value, unit = seconds * 1e3, "ms"
    else:
        value, unit = seconds * 1e6, "µs"
    if value >= 100:
        text = f"{value:.0f}"
    elif value >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}"


def fmt_ratio(ratio: float) -> str:
    if ratio >= 100:
        return f"{ratio:.0f}"
    if ratio >= 10:
        return f"{ratio:.1f}"
    return f"{ratio:.2f}"


def fmt_bytes(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n:,} B ({n / (1024 * 1024):.1f} MiB)"
    if n >= 1024:
        return f"{n:,} B ({n / 1024:.1f} KiB)"
    return f"{n:,} B"


def cell(text: str) -> str:
    """Make text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def read_text(path: str, default: str = "") -> str:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except FileNotFoundError:
        return default


def load_hyperfine(path: str) -> dict[str, dict]:
    """command name -> {"min", "median", "runs"} from a hyperfine JSON export."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return {}
    out = {}
    for r in data["results"]:
        times = r.get("times") or []
        out[r["command"]] = {
            "min": r["min"],
            "median": r["median"],
            "runs": len(times),
        }
    return out


def load_env(results: str) -> list[tuple[str, str]]:
    env = []
    text = read_text(os.path.join(results, "env.tsv"))
    for line in text.splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            env.append((key, value))
    return env


def header(env: list[tuple[str, str]]) -> list[str]:
    d = dict(env)
    lines = [
        "# pyaot benchmark results",
        "",
        f"Generated {d.get('date', '?')} by `{d.get('command', 'bench/run')}`.",
        "All numbers on this page come from that one run, on the machine below, "
        "with every implementation timed by the same hyperfine invocation per "
        "benchmark (the FFI table: by one node process).",
        "",
        "| | |",
        "|---|---|",
    ]
    for key, value in env:
        if key in ("date", "command"):
            continue
        lines.append(f"| {cell(key)} | {cell(value)} |")
    lines += [
        "",
        "How to read the tables: *min* and *median* are wall-clock times of the "
        "whole process over hyperfine's runs (after warm-up runs that are not "
        "counted). *ratio vs pyaot* = median ÷ pyaot's median (below 1 means "
        "faster than pyaot, above 1 slower). *speedup vs CPython* = CPython's "
        "median ÷ median. *runs* = timed runs of that implementation.",
        "",
    ]
    return lines


def bench_table(results: str, name: str) -> list[str]:
    status = read_text(os.path.join(results, f"{name}.status"), "FAILED: not run")
    settings = read_text(os.path.join(results, f"{name}.settings"))
    timings = load_hyperfine(os.path.join(results, f"{name}.json"))

    lines = [f"## {name}", ""]
    if name in DESCRIPTIONS:
        lines += [DESCRIPTIONS[name], ""]
    if not timings:
        lines += ["Not timed (see the log of this run).", ""]
        return lines

    pyaot = timings.get("pyaot")
    cpython = timings.get("cpython")
    lines += [
        "| implementation | min | median | ratio vs pyaot | speedup vs CPython | runs |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for key, label in IMPLS:
        t = timings.get(key)
        if t is None:
            reason = status if key == "pyaot" and status != "ok" else "not timed"
            lines.append(f"| {label} | {cell(reason)} | | n/a | n/a | |")
            continue
        ratio = fmt_ratio(t["median"] / pyaot["median"]) if pyaot else "n/a"
        speedup = fmt_ratio(cpython["median"] / t["median"]) + "x" if cpython else "n/a"
        lines.append(
            f"| {label} | {fmt_time(t['min'])} | {fmt_time(t['median'])} | "
            f"{ratio} | {speedup} | {t['runs']} |"
        )
    fastest_key = min(timings, key=lambda k: timings[k]["median"])
    fastest = dict(IMPLS).get(fastest_key, fastest_key)
    note = f"Fastest: {fastest}."
    if pyaot and fastest_key != "pyaot":
        r = pyaot["median"] / timings[fastest_key]["median"]
        note += f" pyaot takes {fmt_ratio(r)}x its median time."
    lines += ["", note]
    if settings:
        lines.append(f"hyperfine options: `{settings}`.")
    lines.append("")
    return lines


def build_tables(results: str) -> list[str]:
    def status_of(part: str) -> str:
        return read_text(os.path.join(results, f"build_{part}.status"), "FAILED: not run")

    labels = dict(IMPLS)
    lines = ["## Size, startup and compile time", ""]

    # Binary size.
    size_status = status_of("size")
    sizes = {}
    for line in read_text(os.path.join(results, "build_sizes.tsv")).splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            sizes[parts[0]] = (int(parts[1]), int(parts[2]))
    lines += [
        "### Binary size of hello world",
        "",
        "`strip` applied to a copy of each executable.",
        "",
        "| implementation | as built | stripped | stripped ratio vs pyaot |",
        "|---|---:|---:|---:|",
    ]
    for key in ("pyaot", "c", "rust"):
        if key not in sizes:
            reason = size_status if key == "pyaot" and size_status != "ok" else "not built"
            lines.append(f"| {labels[key]} | {cell(reason)} | | n/a |")
            continue
        u, s = sizes[key]
        ratio = fmt_ratio(s / sizes["pyaot"][1]) if "pyaot" in sizes else "n/a"
        lines.append(f"| {labels[key]} | {fmt_bytes(u)} | {fmt_bytes(s)} | {ratio} |")
    lines.append("")

    # Compile time.
    compile_status = status_of("compile")
    compile_t = load_hyperfine(os.path.join(results, "build_compile.json"))
    settings = read_text(os.path.join(results, "build_compile.settings"))
    rows = [
        ("pyaot", "`pyaot build --binary --force fib.py -o …`"),
        ("gcc", "`gcc -O2 -ffp-contract=off fib.c -o …`"),
        ("rustc", "`rustc -C opt-level=3 fib.rs -o …`"),
    ]
    base = compile_t.get("pyaot")
    lines += [
        "### Compile time of fib",
        "",
        "| compiler | min | median | ratio vs pyaot | runs |",
        "|---|---:|---:|---:|---:|",
    ]
    for key, label in rows:
        t = compile_t.get(key)
        if t is None:
            reason = compile_status if key == "pyaot" and compile_status != "ok" else "not timed"
            lines.append(f"| {label} | {cell(reason)} | | n/a | |")
            continue
        ratio = fmt_ratio(t["median"] / base["median"]) if base else "n/a"
        lines.append(
            f"| {label} | {fmt_time(t['min'])} | {fmt_time(t['median'])} | "
            f"{ratio} | {t['runs']} |"
        )
    if settings:
        lines += ["", f"hyperfine options: `{settings}`."]
    lines.append("")

    # Cached program-mode run vs the binary.
    cached_status = status_of("cached")
    cached = load_hyperfine(os.path.join(results, "build_cached.json"))
    settings = read_text(os.path.join(results, "build_cached.settings"))
    lines += [
        "### Program mode with a warm cache",
        "",
        "`pyaot hello.py` once the cache holds the build, against running the "
        "executable that `pyaot build --binary hello.py` made. The difference is "
        "what the cache lookup and loading cost on every run.",
        "",
        "| command | min | median | overhead vs binary (median) | runs |",
        "|---|---:|---:|---:|---:|",
    ]
    run = cached.get("pyaot-run")
    binary = cached.get("binary")
    for key, label in (("pyaot-run", "`pyaot hello.py` (cache hit)"),
                       ("binary", "`./hello` (pyaot-built binary)")):
        t = cached.get(key)
        if t is None:
            reason = cached_status if cached_status != "ok" else "not timed"
            lines.append(f"| {label} | {cell(reason)} | | | |")
            continue
        over = ""
        if key == "binary":
            over = "(baseline)"
        elif run and binary:
            diff = t["median"] - binary["median"]
            over = ("+" if diff >= 0 else "-") + fmt_time(abs(diff))
        lines.append(
            f"| {label} | {fmt_time(t['min'])} | {fmt_time(t['median'])} | "
            f"{over} | {t['runs']} |"
        )
    if settings:
        lines += ["", f"hyperfine options: `{settings}`."]
    lines.append("")
    return lines


# The ffi benchmark's implementations (keys of "impls" in ffi.json), in table order.
FFI_IMPLS = [
    ("js", "plain JS function"),
    ("addon", "hand-written C N-API addon (`bench/ffi/addon.c`)"),
    ("pyaot", "pyaot (`pyaot package --npm`)"),
]
FFI_OPS = [
    ("add", "`add(i, 1)`: two ints in, one out"),
    ("concat", "`concat(\"hello, \", \"world!\")`: two strings in, one out"),
]
# pyaot's goal for the ffi benchmark: ns/call within this factor of the addon's.
FFI_GOAL = 1.2


def fmt_ns(ns: float) -> str:
    if ns >= 100:
        return f"{ns:.0f} ns"
    if ns >= 10:
        return f"{ns:.1f} ns"
    return f"{ns:.2f} ns"


def fmt_factor(ratio: float) -> str:
    return "<0.01x" if ratio < 0.01 else fmt_ratio(ratio) + "x"


def ffi_tables(results: str) -> list[str]:
    lines = ["## FFI call overhead (Node.js)", ""]
    skipped = read_text(os.path.join(results, "ffi.skipped"))
    if skipped:
        return lines + [f"Not run: {skipped}.", ""]
    try:
        with open(os.path.join(results, "ffi.json"), encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return lines + ["Not timed (see the log of this run).", ""]
    status = read_text(os.path.join(results, "ffi.status"), "FAILED: not run")
    impls = data["impls"]
    lines += [
        "Time per call from JavaScript, measured inside one node process by "
        "`bench/ffi/bench.js`: a loop of calls per implementation and "
        "function, timed with `process.hrtime`, repeated and interleaved "
        "across implementations; the median and minimum over the repeats. "
        "*vs C addon* = median ÷ the hand-written addon's median. The plain "
        "JS functions are inlined by V8, so their row is the cost of the loop "
        "itself, not of a call across a boundary.",
        "",
        "| implementation | function | median | min | vs C addon |",
        "|---|---|---:|---:|---:|",
    ]
    base = impls.get("addon", {})
    for key, label in FFI_IMPLS:
        entry = impls.get(key)
        if entry is None or entry.get("status") != "ok":
            reason = entry.get("status", "not run") if entry else "not run"
            if key == "pyaot" and status != "ok":
                reason = status
            lines.append(f"| {label} | | {cell(reason)} | | n/a |")
            continue
        for op, _ in FFI_OPS:
            t = entry[op]
            b = base.get(op)
            ratio = fmt_factor(t["median_ns"] / b["median_ns"]) if b else "n/a"
            lines.append(
                f"| {label} | `{op}` | {fmt_ns(t['median_ns'])} | "
                f"{fmt_ns(t['min_ns'])} | {ratio} |"
            )
    lines.append("")
    goal = f"Goal: pyaot within {FFI_GOAL}x of the hand-written C addon."
    pyaot = impls.get("pyaot", {})
    if pyaot.get("status") == "ok" and base:
        parts = []
        for op, _ in FFI_OPS:
            r = pyaot[op]["median_ns"] / base[op]["median_ns"]
            verdict = "met" if r <= FFI_GOAL else "not met"
            parts.append(f"`{op}` {fmt_factor(r)} ({verdict})")
        goal += " This run: " + ", ".join(parts) + "."
    else:
        goal += " Not measured in this run (pyaot's addon failed)."
    calls = data.get("calls", {})
    lines += [
        goal,
        "",
        "Functions: " + "; ".join(desc for _, desc in FFI_OPS) + ". "
        f"{calls.get('add', '?'):,} calls of `add` and {calls.get('concat', '?'):,} "
        f"of `concat` per timed loop, {data.get('repeats', '?')} repeats after "
        f"{data.get('warmup', 'a warm-up')}; node {data.get('node', '?')}, "
        f"V8 {data.get('v8', '?')}, N-API {data.get('napi', '?')}.",
        "",
    ]
    return lines


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    results, output, benches = argv[0], argv[1], argv[2:]
    lines = header(load_env(results))
    for name in benches:
        if name == "build":
            lines += build_tables(results)
        elif name == "ffi":
            lines += ffi_tables(results)
        else:
            lines += bench_table(results, name)
    text = "\n".join(lines).rstrip() + "\n"
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
