# error: helper.py:2:11: unsupported: an __all__ that is not one list or tuple of string literals
from helper import *

print(a())
