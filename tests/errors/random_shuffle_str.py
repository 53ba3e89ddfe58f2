# error: 4:16: 'str' object does not support item assignment
import random

random.shuffle("abc")
