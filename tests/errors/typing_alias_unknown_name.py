# error: 2:20: unsupported import: 'typing.Any'
from typing import Any as A
x: A = 1
