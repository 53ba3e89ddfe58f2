# error: 6:7: non-default argument 'y' follows default argument
from dataclasses import dataclass


@dataclass
class P:
    x: int = 0
    y: int
