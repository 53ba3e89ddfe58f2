# error: 7:24: mutable default for a dataclass field is not allowed: use default_factory
from dataclasses import dataclass


@dataclass
class Basket:
    items: list[str] = []
