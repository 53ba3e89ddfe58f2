# error: 2:1: unsupported import: module 'collections'
from collections import Counter

print(Counter("abc"))
