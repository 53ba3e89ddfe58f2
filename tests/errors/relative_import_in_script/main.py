# error: 2:1: attempted relative import with no known parent package
from . import helper
