# error: 4:8: module 'random' has no attribute 'Random'
import random

random.Random(5)
