# error: 4:7: name 'hidden' is not defined
from helper import *

print(hidden())
