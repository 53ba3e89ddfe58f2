"""The pyaot side of the FFI benchmark (bench/ffi/bench.js): two functions
that do almost nothing, so a call from Node.js measures the boundary itself.
`pyaot package ffilib.py --npm` turns this module into a Node-API addon."""


def add(a: int, b: int) -> int:
    """The sum of two integers."""
    return a + b


def concat(s: str, t: str) -> str:
    """s followed by t."""
    return s + t
