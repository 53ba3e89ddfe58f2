# error: 4:11: parameter 'text' of function 'shout' needs a type annotation
"""Exported functions are the contract with other languages: fully typed."""

def shout(text) -> str:
    return text.upper()
