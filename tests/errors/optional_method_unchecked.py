# error: 6:12: 'NoneType' object has no attribute 'upper'
from typing import Optional


def shout(s: Optional[str]) -> str:
    return s.upper()


print(shout("a"))
