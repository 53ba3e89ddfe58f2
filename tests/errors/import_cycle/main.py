# error: b.py:1:8: circular import: a.py imports b, b.py imports a
import a
