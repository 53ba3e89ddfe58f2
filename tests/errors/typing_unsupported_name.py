# error: 2:20: unsupported import: 'typing.Union'
from typing import Union

print(1)
